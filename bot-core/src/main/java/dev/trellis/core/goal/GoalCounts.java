package dev.trellis.core.goal;

import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What HR analytics counts of goals, for their owner, by direction: a goal added (on the day it was
 * added), and one done or dropped (on the day it last moved, which for a closed goal is its
 * closing). UTC days.
 */
final class GoalCounts implements CountedFacts {

  private final Goals goals;

  GoalCounts(Goals goals) {
    this.goals = goals;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    goals.eachMovedSince(
        orgId,
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        goal -> {
          String direction = goal.direction().word();
          LocalDate added = LocalDate.ofInstant(goal.createdAt(), ZoneOffset.UTC);
          if (!added.isBefore(from) && !added.isAfter(to)) {
            tally.add(goal.personId(), added, Counted.goal("added", direction));
          }
          LocalDate moved = LocalDate.ofInstant(goal.movedAt(), ZoneOffset.UTC);
          if (goal.status() != Goal.Status.OPEN && !moved.isAfter(to)) {
            String event = goal.status().name().toLowerCase(Locale.ROOT);
            tally.add(goal.personId(), moved, Counted.goal(event, direction));
          }
        });
  }
}
