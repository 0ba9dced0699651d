package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.schedule.PlanningWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The occurrences of one recurring 1:1.
 *
 * <ul>
 *   <li>weekly: every 7 days from the first date; biweekly: every 14 days from it; monthly: on the
 *       same ordinal weekday of each month as the first date (1st to 4th), or the last such weekday
 *       when the first date is in the 5th week. Never before the first date.
 *   <li>The local start time is resolved in the 1:1's time zone. A start inside a DST gap moves
 *       forward by the length of the gap; a start inside an overlap takes the earlier offset. So no
 *       occurrence is dropped or doubled, and the local time stays put on every other day.
 *   <li>The end is start plus duration, as elapsed time.
 * </ul>
 */
public final class OneOnOneCalendar {

  private final OneOnOne oneOnOne;

  public OneOnOneCalendar(OneOnOne oneOnOne) {
    this.oneOnOne = Objects.requireNonNull(oneOnOne, "oneOnOne");
  }

  /** The occurrences that start in the window, in order. */
  public List<Occurrence> occurrencesIn(PlanningWindow window) {
    ZoneId zone = oneOnOne.timeZone();
    LocalDate first = window.from().atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = window.to().atZone(zone).toLocalDate().plusDays(1);
    return OccurrenceDates.between(oneOnOne, first, last).stream()
        .map(this::occurrenceOn)
        .filter(o -> window.contains(o.start()))
        .toList();
  }

  private Occurrence occurrenceOn(LocalDate date) {
    Instant start = ZonedDateTime.of(date, oneOnOne.startTime(), oneOnOne.timeZone()).toInstant();
    return new Occurrence(oneOnOne.id(), date, start, start.plus(oneOnOne.duration()));
  }
}
