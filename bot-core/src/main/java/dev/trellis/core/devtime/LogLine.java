package dev.trellis.core.devtime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words after {@code devtime log}: a duration ({@code 90m}, {@code 1h30}, {@code 2h},
 * {@code 1h 30m}, {@code 1.5h}), what was done, and the options {@code --goal <n>} and {@code --on
 * <day>} anywhere after the duration. The day is read against the person's today: this month or the
 * last, not in the future. Each wrong input is a {@link Problem} with a reason and an example.
 */
final class LogLine {

  static final String EXAMPLE = "/trellis devtime log 90m Read the Kubernetes docs --goal 1";

  private static final Pattern HOURS_MINUTES =
      Pattern.compile("(\\d{1,4})h(?:(\\d{1,4})(?:m|min)?)?");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,5})(?:m|min|mins)");
  private static final Pattern DECIMAL_HOURS = Pattern.compile("(\\d{1,3})[.,](\\d{1,2})h");

  /** What a line reads as. */
  sealed interface Result permits Request, Problem {}

  /** What the line asks for, before the goal is checked against the person's goals. */
  record Request(int minutes, String what, Optional<Integer> goal, LocalDate day)
      implements Result {}

  /** Why the line logs nothing. */
  record Problem(String reason) implements Result {}

  private LogLine() {}

  /** The request, or the problem with it. */
  static Result read(List<String> words, LocalDate today) {
    if (words.isEmpty()) {
      return new Problem("Say how long and what you did. For example: " + EXAMPLE);
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    if (first.startsWith("-") && first.length() > 1 && Character.isDigit(first.charAt(1))) {
      return new Problem(
          "A duration cannot be negative. To take back your last entry: /trellis devtime undo");
    }
    Optional<Integer> minutes = minutes(first);
    int used = 1;
    if (minutes.isPresent() && first.matches("\\d+h") && words.size() > 1) {
      Matcher more = MINUTES.matcher(words.get(1).toLowerCase(Locale.ROOT));
      if (more.matches()) {
        minutes = Optional.of(minutes.get() + Integer.parseInt(more.group(1)));
        used = 2;
      }
    }
    if (minutes.isEmpty()) {
      return new Problem(
          "I cannot read '"
              + words.get(0)
              + "' as a duration: write it like 90m, 1h30 or 2h. For example: "
              + EXAMPLE);
    }
    if (minutes.get() == 0) {
      return new Problem(
          "A duration of 0 logs nothing: say how long, like 45m. For example: " + EXAMPLE);
    }
    if (minutes.get() > DevTimeEntry.MAX_MINUTES) {
      return new Problem(
          "One entry is at most 24 hours, not "
              + DevTimeWords.hours(minutes.get())
              + ": log each day on its own with --on. For example: /trellis devtime log 3h Course"
              + " day 1 --on yesterday");
    }
    return withOptions(minutes.get(), words.subList(used, words.size()), today);
  }

  private static Result withOptions(int minutes, List<String> words, LocalDate today) {
    List<String> text = new ArrayList<>();
    Optional<Integer> goal = Optional.empty();
    LocalDate day = today;
    for (int i = 0; i < words.size(); i++) {
      String option = option(words.get(i));
      if (option.isEmpty()) {
        text.add(words.get(i));
        continue;
      }
      String value = i + 1 < words.size() ? words.get(++i) : "";
      if (option.equals("goal")) {
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1) {
          return new Problem(
              "--goal takes the number of one of your goals, such as --goal 1 (/trellis goal list"
                  + " shows them).");
        }
        goal = Optional.of(Integer.parseInt(value));
      } else if (option.equals("on")) {
        Optional<LocalDate> read = day(value, today);
        if (read.isEmpty()) {
          return new Problem(dayProblem(value, today));
        }
        day = read.get();
      } else {
        return new Problem(
            "'"
                + words.get(i - 1)
                + "' is not an option of devtime log: use --goal <n> or --on <day>."
                + " For example: "
                + EXAMPLE);
      }
    }
    String what = String.join(" ", text).strip();
    if (what.isEmpty()) {
      return new Problem("Say what you did after the duration. For example: " + EXAMPLE);
    }
    if (what.length() > DevTimeEntry.MAX_TEXT) {
      return new Problem(
          "What you did is "
              + what.length()
              + " characters; keep it to "
              + DevTimeEntry.MAX_TEXT
              + ". For example: "
              + EXAMPLE);
    }
    return new Request(minutes, what, goal, day);
  }

  /** {@code --goal}, {@code —on}: the option a word names, or "" for a word of the text. */
  private static String option(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("--") && w.length() > 2) {
      return w.substring(2);
    }
    // Phones and Macs turn "--" into a long dash.
    if ((w.startsWith("—") || w.startsWith("–"))
        && List.of("goal", "on").contains(w.substring(1))) {
      return w.substring(1);
    }
    return "";
  }

  /** The day {@code --on} names, when it is one of this month or the last, not after today. */
  private static Optional<LocalDate> day(String value, LocalDate today) {
    return typedDay(value, today).filter(d -> !d.isAfter(today) && !d.isBefore(earliest(today)));
  }

  private static String dayProblem(String value, LocalDate today) {
    Optional<LocalDate> typed = typedDay(value, today);
    if (typed.isEmpty()) {
      return "--on takes a day as 2026-12-03, yesterday or today, not '"
          + value
          + "'. For example: /trellis devtime log 1h Workshop --on yesterday";
    }
    if (typed.get().isAfter(today)) {
      return typed.get()
          + " is in the future: log time once it is spent, today or on an earlier day."
          + " For example: /trellis devtime log 1h Workshop --on yesterday";
    }
    return typed.get()
        + " is too long ago: log days of this month or the last, from "
        + earliest(today)
        + ". For example: /trellis devtime log 1h Workshop --on "
        + today.withDayOfMonth(1);
  }

  private static Optional<LocalDate> typedDay(String value, LocalDate today) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.equals("today")) {
      return Optional.of(today);
    }
    if (v.equals("yesterday")) {
      return Optional.of(today.minusDays(1));
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static LocalDate earliest(LocalDate today) {
    return YearMonth.from(today).minusMonths(1).atDay(1);
  }

  /** The minutes a duration word stands for; empty when it is none. */
  static Optional<Integer> minutes(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Matcher hm = HOURS_MINUTES.matcher(w);
    if (hm.matches()) {
      int extra = hm.group(2) == null ? 0 : Integer.parseInt(hm.group(2));
      return Optional.of(Integer.parseInt(hm.group(1)) * 60 + extra);
    }
    Matcher m = MINUTES.matcher(w);
    if (m.matches()) {
      return Optional.of(Integer.parseInt(m.group(1)));
    }
    Matcher d = DECIMAL_HOURS.matcher(w);
    if (d.matches()) {
      String fraction = (d.group(2) + "0").substring(0, 2);
      return Optional.of(Integer.parseInt(d.group(1)) * 60 + Integer.parseInt(fraction) * 60 / 100);
    }
    return Optional.empty();
  }
}
