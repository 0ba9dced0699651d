package dev.trellis.core.question;

import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link OrgQuestions} in maps, for tests of the use cases. */
final class InMemoryOrgQuestions implements OrgQuestions {

  private final Map<OrgId, Map<QuestionId, Question>> custom = new HashMap<>();
  private final Map<OrgId, Set<QuestionId>> retiredBuiltIns = new HashMap<>();

  @Override
  public void add(OrgId orgId, Question question) {
    if (question.builtIn()) {
      throw new IllegalArgumentException("built-in");
    }
    custom.computeIfAbsent(orgId, o -> new LinkedHashMap<>()).put(question.id(), question);
  }

  @Override
  public Optional<Question> findById(OrgId orgId, QuestionId id) {
    return Optional.ofNullable(custom.getOrDefault(orgId, Map.of()).get(id));
  }

  @Override
  public List<Question> list(OrgId orgId) {
    return new ArrayList<>(custom.getOrDefault(orgId, Map.of()).values());
  }

  @Override
  public Optional<Question> edit(
      OrgId orgId, QuestionId id, Optional<Theme> theme, Optional<String> text) {
    return findById(orgId, id)
        .map(
            q ->
                new Question(
                    q.id(), theme.orElse(q.theme()), text.orElse(q.text()), false, q.retired()))
        .map(
            q -> {
              custom.get(orgId).put(id, q);
              return q;
            });
  }

  @Override
  public Optional<Question> retire(OrgId orgId, QuestionId id) {
    return findById(orgId, id)
        .map(
            q -> {
              custom.get(orgId).put(id, q.retire());
              return q.retire();
            });
  }

  @Override
  public void retireBuiltIn(OrgId orgId, QuestionId id) {
    retiredBuiltIns.computeIfAbsent(orgId, o -> new LinkedHashSet<>()).add(id);
  }

  @Override
  public Set<QuestionId> retiredBuiltIns(OrgId orgId) {
    return Set.copyOf(retiredBuiltIns.getOrDefault(orgId, Set.of()));
  }
}
