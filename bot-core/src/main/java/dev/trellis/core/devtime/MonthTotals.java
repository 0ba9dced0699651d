package dev.trellis.core.devtime;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person used of their development time, month by month: the totals without the texts, as
 * the person sees them in their history and as a manager they share them with sees them.
 */
final class MonthTotals {

  private MonthTotals() {}

  /** One month: minutes used and the org's budget in hours (0: none). */
  record Month(YearMonth month, int minutes, int budgetHours) {

    /** {@code December 2026: 2h 30m of 4h}, or {@code December 2026: 2h 30m} without a budget. */
    String line() {
      return DevTimeWords.month(month) + ": " + used();
    }

    String used() {
      String used = DevTimeWords.hours(minutes);
      return budgetHours > 0 ? used + " of " + budgetHours + "h" : used;
    }

    /** {@code 1h 30m left}, {@code all used}; empty without a budget. */
    String left() {
      if (budgetHours == 0) {
        return "";
      }
      int left = budgetHours * 60 - minutes;
      return left > 0 ? DevTimeWords.hours(left) + " left" : "all used";
    }
  }

  /** The months from {@code count - 1} before {@code last} to it, oldest first. */
  static List<Month> of(List<DevTimeEntry> entries, YearMonth last, int count, int budgetHours) {
    List<Month> months = new ArrayList<>();
    for (int back = count - 1; back >= 0; back--) {
      YearMonth month = last.minusMonths(back);
      int minutes =
          entries.stream()
              .filter(e -> e.month().equals(month))
              .mapToInt(DevTimeEntry::minutes)
              .sum();
      months.add(new Month(month, minutes, budgetHours));
    }
    return months;
  }
}
