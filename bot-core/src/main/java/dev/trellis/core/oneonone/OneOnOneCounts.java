package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.PlanningWindow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What HR analytics counts of 1:1s, each for the 1:1's report: its occurrences by its calendar, and
 * the occurrences whose last 15 minutes went to development ("We did it" pressed by either side,
 * counted once). A 1:1 that ended when one of its people was erased counts up to the day it ended.
 */
final class OneOnOneCounts implements CountedFacts {

  private final OneOnOnes oneOnOnes;
  private final EndedOneOnOnes ended;
  private final OneOnOneOutcomes outcomes;

  OneOnOneCounts(OneOnOnes oneOnOnes, EndedOneOnOnes ended, OneOnOneOutcomes outcomes) {
    this.oneOnOnes = oneOnOnes;
    this.ended = ended;
    this.outcomes = outcomes;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    Map<OneOnOneId, OneOnOne> byId = new HashMap<>();
    // A day of margin each side for the 1:1s' zones; the occurrence's own local date decides.
    PlanningWindow window =
        PlanningWindow.between(
            from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
    for (OneOnOne oneOnOne : oneOnOnes.findAll(orgId)) {
      byId.put(oneOnOne.id(), oneOnOne);
      countOccurrences(oneOnOne, window, from, to, tally);
    }
    for (EndedOneOnOnes.Ended e : ended.of(orgId)) {
      byId.put(e.oneOnOne().id(), e.oneOnOne());
      LocalDate last = e.endedOn().isBefore(to) ? e.endedOn() : to;
      countOccurrences(e.oneOnOne(), window, from, last, tally);
    }
    Set<String> counted = new HashSet<>();
    outcomes.eachBetween(
        orgId,
        from,
        to,
        outcome -> {
          OneOnOne oneOnOne = byId.get(outcome.oneOnOneId());
          if (outcome.outcome() == Outcome.DID
              && oneOnOne != null
              && counted.add(outcome.oneOnOneId().value() + "/" + outcome.date())) {
            tally.add(oneOnOne.reportId(), outcome.date(), Counted.ONE_ON_ONE_DEVELOPMENT);
          }
        });
  }

  private static void countOccurrences(
      OneOnOne oneOnOne, PlanningWindow window, LocalDate from, LocalDate to, FactTally tally) {
    for (Occurrence occurrence : new OneOnOneCalendar(oneOnOne).occurrencesIn(window)) {
      if (!occurrence.date().isBefore(from) && !occurrence.date().isAfter(to)) {
        tally.add(oneOnOne.reportId(), occurrence.date(), Counted.ONE_ON_ONE);
      }
    }
  }
}
