package dev.trellis.core.command;

import dev.trellis.core.directory.OneOnOne;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads counts, clock times and durations as people type them; never throws. */
final class TimeWords {

  private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final Pattern DURATION =
      Pattern.compile(
          "(?:(\\d{1,2})(?:h|hr|hrs|hour|hours))?(?:(\\d{1,3})(?:m|min|mins|minute|minutes))?");
  private static final int MAX_WORD = 24;

  private TimeWords() {}

  /** A whole number, such as {@code 20}. */
  static Optional<Integer> count(String word) {
    if (!COUNT.matcher(word).matches()) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(word));
  }

  /** A time of day as {@code HH:mm} or {@code H:mm}, such as {@code 14:00} or {@code 9:30}. */
  static Optional<LocalTime> clock(String word) {
    if (word.length() > 5) {
      return Optional.empty();
    }
    Matcher m = CLOCK.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /**
   * The length of a 1:1, 15 minutes to 8 hours: {@code 30m}, {@code 1h}, {@code 1h30m}, {@code 90m}
   * (also {@code 1 h 30 min}; spaces are ignored).
   */
  static Optional<Duration> oneOnOneLength(String text) {
    String compact = Words.keyword(text).replace(" ", "");
    if (compact.isEmpty() || compact.length() > MAX_WORD) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(compact);
    if (!m.matches()) {
      return Optional.empty();
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    Duration length = Duration.ofHours(hours).plusMinutes(minutes);
    if (length.compareTo(OneOnOne.MIN_DURATION) < 0
        || length.compareTo(OneOnOne.MAX_DURATION) > 0) {
      return Optional.empty();
    }
    return Optional.of(length);
  }
}
