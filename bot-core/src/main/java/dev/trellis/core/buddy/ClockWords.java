package dev.trellis.core.buddy;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day as people type it: {@code 15:00}, {@code 9:30}, {@code 9am}, {@code 3:30pm},
 * {@code 3.30pm}, {@code 12am} (midnight), {@code 12pm} and {@code noon}.
 */
final class ClockWords {

  private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern TWELVE_HOUR =
      Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?([ap])\\.?m");

  /**
   * Hours and minutes with a full stop and no am or pm could as well be a date ({@code 3.12}), so
   * they are answered with the way to write them rather than guessed.
   */
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{2})");

  private ClockWords() {}

  /** Reads one lower-case word; empty when the word is not meant as a time. */
  static Optional<TypedClock> read(String word) {
    if (word.equals("noon") || word.equals("midday")) {
      return Optional.of(new TypedClock.Valid(LocalTime.NOON));
    }
    Matcher m = TWENTY_FOUR_HOUR.matcher(word);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (hour > 23 || minute > 59) {
        return Optional.of(notOnTheClock(word));
      }
      return Optional.of(new TypedClock.Valid(LocalTime.of(hour, minute)));
    }
    m = TWELVE_HOUR.matcher(word);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (hour < 1 || hour > 12 || minute > 59) {
        return Optional.of(
            new TypedClock.Wrong(
                word + " is not a time of day; with am or pm use 1 to 12, like 9am or 3:30pm."));
      }
      int hourOfDay = hour % 12 + (m.group(3).equals("p") ? 12 : 0);
      return Optional.of(new TypedClock.Valid(LocalTime.of(hourOfDay, minute)));
    }
    m = DOTTED.matcher(word);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (hour > 23 || minute > 59) {
        return Optional.of(notOnTheClock(word));
      }
      return Optional.of(
          new TypedClock.Wrong(
              "Write the time with a colon, like "
                  + hour
                  + ":"
                  + m.group(2)
                  + ", or with am or pm, like 3.30pm."));
    }
    return Optional.empty();
  }

  private static TypedClock notOnTheClock(String word) {
    return new TypedClock.Wrong(
        word + " is not a time of day; use 00:00 to 23:59, like 15:00, or 3pm.");
  }
}
