package dev.trellis.core.buddy;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day part of a typed meeting time: nothing, {@code today}, {@code tomorrow} ({@code
 * tmrw}, {@code tmr}), a weekday short or full with an optional {@code next} or {@code this}, an
 * ISO date {@code 2026-12-03}, or a day and month either way round ({@code 3 dec}, {@code dec 3},
 * {@code 3rd december}) with an optional year. A date may start with its weekday ({@code thu 3
 * dec}), which is how {@link MeetingTimes#describe} writes it, so a described time can be typed
 * back.
 */
final class DayWords {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private DayWords() {}

  /** Reads lower-case words; empty when they are not a day. */
  static Optional<TypedDay> read(List<String> words) {
    if (words.isEmpty()) {
      return Optional.of(new TypedDay.Unsaid());
    }
    String first = words.get(0);
    if (words.size() == 1) {
      switch (first) {
        case "today":
          return Optional.of(new TypedDay.FromToday(0));
        case "tomorrow":
        case "tmrw":
        case "tmr":
          return Optional.of(new TypedDay.FromToday(1));
        default:
          break;
      }
    }
    Optional<DayOfWeek> weekday = MeetingWords.weekday(first);
    if (words.size() == 1 && weekday.isPresent()) {
      return Optional.of(new TypedDay.Weekday(weekday.get(), false));
    }
    if (words.size() == 2 && (first.equals("next") || first.equals("this"))) {
      return MeetingWords.weekday(words.get(1))
          .map(day -> new TypedDay.Weekday(day, first.equals("next")));
    }
    if (weekday.isPresent()) {
      return date(words.subList(1, words.size()), weekday);
    }
    return date(words, Optional.empty());
  }

  static String weekdayPrefix(Optional<DayOfWeek> weekday) {
    return weekday
        .map(day -> MeetingWords.shortName(day).toLowerCase(Locale.ROOT) + " ")
        .orElse("");
  }

  private static Optional<TypedDay> date(List<String> words, Optional<DayOfWeek> weekday) {
    if (words.size() == 1) {
      Matcher iso = ISO_DATE.matcher(words.get(0));
      if (!iso.matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new TypedDay.OnDate(
              Integer.parseInt(iso.group(1)),
              Integer.parseInt(iso.group(2)),
              Integer.parseInt(iso.group(3)),
              weekday));
    }
    if (words.size() != 2 && words.size() != 3) {
      return Optional.empty();
    }
    Optional<Integer> day = dayOfMonth(words.get(0));
    Optional<Month> month = MeetingWords.month(words.get(1));
    if (day.isEmpty() || month.isEmpty()) {
      day = dayOfMonth(words.get(1));
      month = MeetingWords.month(words.get(0));
    }
    if (day.isEmpty() || month.isEmpty()) {
      return Optional.empty();
    }
    if (words.size() == 2) {
      return Optional.of(new TypedDay.InYear(month.get(), day.get(), weekday));
    }
    if (!YEAR.matcher(words.get(2)).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new TypedDay.OnDate(
            Integer.parseInt(words.get(2)), month.get().getValue(), day.get(), weekday));
  }

  private static Optional<Integer> dayOfMonth(String word) {
    Matcher m = DAY_OF_MONTH.matcher(word);
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
