package dev.trellis.core.oneonone;

import dev.trellis.core.directory.Person;
import java.time.Instant;
import java.util.Optional;

/**
 * A question for the last 15 minutes about one of the report's goals (the goals feature answers
 * it): one the report shared with this 1:1's manager, who is their manager now, whose next step has
 * not moved for a while. Both people of the 1:1 get the same suggestion, so it names only a goal
 * the manager may see.
 */
@FunctionalInterface
public interface SharedGoalQuestions {

  /** No goals feature: the suggestion is always a question from the bank. */
  SharedGoalQuestions NONE = (manager, report, now) -> Optional.empty();

  /** Empty when the report shared no stalled goal with {@code manager}. */
  Optional<String> questionFor(Person manager, Person report, Instant now);
}
