package dev.trellis.core.oneonone;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import dev.trellis.core.directory.OneOnOne;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The local dates a 1:1 falls on, by its cadence, anchored on its first date. */
final class OccurrenceDates {

  /** A first date on day 29 or later is in the 5th week: it means the last such weekday. */
  private static final int LAST = 5;

  private OccurrenceDates() {}

  /** The dates in {@code [first, last]}, never before the 1:1's first date, in order. */
  static List<LocalDate> between(OneOnOne oneOnOne, LocalDate first, LocalDate last) {
    LocalDate from = first.isBefore(oneOnOne.firstDate()) ? oneOnOne.firstDate() : first;
    if (from.isAfter(last)) {
      return List.of();
    }
    return switch (oneOnOne.cadence()) {
      case WEEKLY -> everyNDays(oneOnOne.firstDate(), 7, from, last);
      case BIWEEKLY -> everyNDays(oneOnOne.firstDate(), 14, from, last);
      case MONTHLY -> monthly(oneOnOne.firstDate(), from, last);
    };
  }

  private static List<LocalDate> everyNDays(
      LocalDate anchor, int step, LocalDate from, LocalDate last) {
    long daysIn = ChronoUnit.DAYS.between(anchor, from);
    long stepsIn = Math.floorDiv(daysIn + step - 1, step);
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = anchor.plusDays(stepsIn * step); !d.isAfter(last); d = d.plusDays(step)) {
      dates.add(d);
    }
    return dates;
  }

  private static List<LocalDate> monthly(LocalDate anchor, LocalDate from, LocalDate last) {
    int ordinal = ordinalInMonth(anchor);
    DayOfWeek weekday = anchor.getDayOfWeek();
    List<LocalDate> dates = new ArrayList<>();
    YearMonth end = YearMonth.from(last);
    for (YearMonth month = YearMonth.from(from); !month.isAfter(end); month = month.plusMonths(1)) {
      LocalDate d = onOrdinal(month, ordinal, weekday);
      if (!d.isBefore(from) && !d.isAfter(last)) {
        dates.add(d);
      }
    }
    return dates;
  }

  /** 1 to 4 for the 1st to 4th such weekday of its month, {@link #LAST} for a 5th. */
  static int ordinalInMonth(LocalDate date) {
    return (date.getDayOfMonth() - 1) / 7 + 1;
  }

  private static LocalDate onOrdinal(YearMonth month, int ordinal, DayOfWeek weekday) {
    if (ordinal >= LAST) {
      return month.atEndOfMonth().with(lastInMonth(weekday));
    }
    return month.atDay(1).with(dayOfWeekInMonth(ordinal, weekday));
  }
}
