package dev.trellis.core.question;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which questions each person was asked lately, so that the picker does not ask them again soon. A
 * store keeps only a person's most recent prompts (as many as the picker looks back over).
 */
public interface PromptedQuestions {

  /** Notes that the person was asked this question at this time. */
  void record(OrgId orgId, PersonId personId, QuestionId questionId, Instant at);

  /**
   * The person's last prompts, newest (last recorded) first: at most {@code limit}, and no more
   * than the store keeps. Empty for someone never asked.
   */
  List<PromptedQuestion> recent(OrgId orgId, PersonId personId, int limit);

  /** {@link #record} for many people at once, in a few round trips. */
  void recordAll(OrgId orgId, Map<PersonId, QuestionId> asked, Instant at);

  /** {@link #recent} for many people at once; people never asked are left out. */
  Map<PersonId, List<PromptedQuestion>> recentOfAll(
      OrgId orgId, Collection<PersonId> personIds, int limit);
}
