package dev.trellis.core.question;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link PromptedQuestions} in a map that keeps everything, for tests of the picker. */
final class InMemoryPromptedQuestions implements PromptedQuestions {

  private record Key(OrgId orgId, PersonId personId) {}

  private final Map<Key, List<PromptedQuestion>> oldestFirst = new HashMap<>();

  @Override
  public void record(OrgId orgId, PersonId personId, QuestionId questionId, Instant at) {
    oldestFirst
        .computeIfAbsent(new Key(orgId, personId), k -> new ArrayList<>())
        .add(new PromptedQuestion(questionId, at));
  }

  @Override
  public List<PromptedQuestion> recent(OrgId orgId, PersonId personId, int limit) {
    List<PromptedQuestion> all = oldestFirst.getOrDefault(new Key(orgId, personId), List.of());
    List<PromptedQuestion> newestFirst = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
      newestFirst.add(all.get(i));
    }
    return newestFirst;
  }

  @Override
  public void recordAll(OrgId orgId, Map<PersonId, QuestionId> asked, Instant at) {
    asked.forEach((person, question) -> record(orgId, person, question, at));
  }

  @Override
  public Map<PersonId, List<PromptedQuestion>> recentOfAll(
      OrgId orgId, Collection<PersonId> personIds, int limit) {
    Map<PersonId, List<PromptedQuestion>> all = new HashMap<>();
    for (PersonId person : personIds) {
      if (oldestFirst.containsKey(new Key(orgId, person))) {
        all.put(person, recent(orgId, person, limit));
      }
    }
    return all;
  }
}
