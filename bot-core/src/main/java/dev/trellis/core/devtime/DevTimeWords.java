package dev.trellis.core.devtime;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How development time reads in messages: {@code 1h 30m}, {@code December 2026}. */
final class DevTimeWords {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private DevTimeWords() {}

  /** {@code 45m}, {@code 2h}, {@code 1h 30m}. */
  static String hours(int minutes) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (h == 0) {
      return m + "m";
    }
    return m == 0 ? h + "h" : h + "h " + m + "m";
  }

  static String month(YearMonth month) {
    return MONTH.format(month);
  }

  static String day(java.time.LocalDate day) {
    return DAY.format(day);
  }

  static String excerpt(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
  }
}
