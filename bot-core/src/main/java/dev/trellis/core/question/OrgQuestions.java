package dev.trellis.core.question;

import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each org's own questions, and the built-in questions it retired for itself. Every method is
 * scoped to one org: a question of another org is never found, changed or listed.
 */
public interface OrgQuestions {

  /** Stores a new custom question of the org. */
  void add(OrgId orgId, Question question);

  /** The org's custom question with this id, retired or not. */
  Optional<Question> findById(OrgId orgId, QuestionId id);

  /** Every custom question of the org, retired ones included, in no particular order. */
  List<Question> list(OrgId orgId);

  /**
   * Changes the theme and/or text of the org's custom question, each only when given.
   *
   * @return the question as it is now; empty when the org has no such custom question
   */
  Optional<Question> edit(OrgId orgId, QuestionId id, Optional<Theme> theme, Optional<String> text);

  /**
   * Retires the org's custom question; retiring it again changes nothing.
   *
   * @return the retired question; empty when the org has no such custom question
   */
  Optional<Question> retire(OrgId orgId, QuestionId id);

  /** Hides a built-in question from this org only. */
  void retireBuiltIn(OrgId orgId, QuestionId id);

  /** The built-in questions this org retired. */
  Set<QuestionId> retiredBuiltIns(OrgId orgId);
}
