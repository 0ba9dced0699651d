package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.schedule.PlanningWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds occurrences of a 1:1 by date, and the one before. */
final class Occurrences {

  /** Further back than the longest gap between two occurrences (a monthly 1:1: five weeks). */
  private static final Duration LOOK_BACK = Duration.ofDays(70);

  private Occurrences() {}

  /** The occurrence on this local date, if the 1:1's calendar has one then. */
  static Optional<Occurrence> on(OneOnOne oneOnOne, LocalDate date) {
    Instant from = date.minusDays(1).atStartOfDay(oneOnOne.timeZone()).toInstant();
    Instant to = date.plusDays(2).atStartOfDay(oneOnOne.timeZone()).toInstant();
    return new OneOnOneCalendar(oneOnOne)
        .occurrencesIn(PlanningWindow.between(from, to)).stream()
            .filter(o -> o.date().equals(date))
            .findFirst();
  }

  /** The occurrence before this one; empty for the first. */
  static Optional<Occurrence> before(OneOnOne oneOnOne, Occurrence occurrence) {
    List<Occurrence> earlier =
        new OneOnOneCalendar(oneOnOne)
            .occurrencesIn(
                PlanningWindow.between(occurrence.start().minus(LOOK_BACK), occurrence.start()));
    return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
  }
}
