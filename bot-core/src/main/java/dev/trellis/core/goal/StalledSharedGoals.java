package dev.trellis.core.goal;

import dev.trellis.core.directory.Person;
import dev.trellis.core.oneonone.SharedGoalQuestions;
import dev.trellis.core.privacy.SharedItemAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * The last-15 question about a shared goal that has stalled: of the report's open goals shared with
 * this manager (who must be their manager now), the one whose next step has not moved for the
 * longest, when that is at least {@link #STALLED_AFTER}.
 */
public final class StalledSharedGoals implements SharedGoalQuestions {

  public static final Duration STALLED_AFTER = Duration.ofDays(28);
  private static final int TEXT_EXCERPT = 120;

  private final Goals goals;

  public StalledSharedGoals(Goals goals) {
    this.goals = goals;
  }

  @Override
  public Optional<String> questionFor(Person manager, Person report, Instant now) {
    if (!SharedItemAccess.isCurrentManager(manager, report)) {
      return Optional.empty();
    }
    return SharedItemAccess.visibleTo(
            manager, report, goals.openSharedWith(report.orgId(), report.id(), manager.id()))
        .stream()
        .filter(g -> !g.movedAt().isAfter(now.minus(STALLED_AFTER)))
        .min(Comparator.comparing(Goal::movedAt).thenComparing(Goal::number))
        .map(
            g ->
                "What would help you take the next step on *"
                    + GoalWords.excerpt(g.text(), TEXT_EXCERPT)
                    + "*?");
  }
}
