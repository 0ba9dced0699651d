package dev.trellis.core.command;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/** Checks that commands share. */
final class Limits {

  static final int MAX_PAUSE_WEEKS = 52;
  static final int MAX_PAUSE_DAYS = 365;

  private Limits() {}

  /** A pause is a whole number of days, 1 to 365 (52 weeks are 364 days). */
  static Period pause(Period period) {
    Objects.requireNonNull(period, "period");
    if (period.getYears() != 0
        || period.getMonths() != 0
        || period.getDays() < 1
        || period.getDays() > MAX_PAUSE_DAYS) {
      throw new IllegalArgumentException("A pause lasts 1 to 365 days, not " + period);
    }
    return period;
  }

  /** A person's goal number, as {@code goal list} shows it. */
  static final int MAX_GOAL_NUMBER = 9999;

  static int goalNumber(int number) {
    if (number < 1 || number > MAX_GOAL_NUMBER) {
      throw new IllegalArgumentException("A goal number is 1 to 9999, not " + number);
    }
    return number;
  }

  static String text(String text, int maxLength, String what) {
    if (text == null || text.isBlank() || text.length() > maxLength) {
      throw new IllegalArgumentException(
          what
              + " must be 1 to "
              + maxLength
              + " characters and not blank, not "
              + (text == null ? "null" : text.length() + " characters"));
    }
    return text;
  }

  static Optional<String> optionalText(Optional<String> text, int maxLength, String what) {
    Objects.requireNonNull(text, what);
    text.ifPresent(t -> text(t, maxLength, what));
    return text;
  }
}
