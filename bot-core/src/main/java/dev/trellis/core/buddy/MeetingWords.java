package dev.trellis.core.buddy;

import dev.trellis.core.command.CommandGrammar;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a typed meeting time, in lower case. Commas and any run of whitespace, control or
 * zero-width characters separate words; a trailing full stop is dropped ({@code dec.}), linking
 * words are dropped ({@code fri at 10:30}, {@code the 3rd of dec}), and a loose {@code am} or
 * {@code pm} joins the number before it ({@code 3 pm} is {@code 3pm}).
 */
final class MeetingWords {

  private static final Set<String> LINKING = Set.of("at", "on", "of", "the");
  private static final Set<String> AM_PM = Set.of("am", "pm", "a.m", "p.m");

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("weds", DayOfWeek.WEDNESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sun", DayOfWeek.SUNDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY));

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("jan", Month.JANUARY),
          Map.entry("january", Month.JANUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("february", Month.FEBRUARY),
          Map.entry("mar", Month.MARCH),
          Map.entry("march", Month.MARCH),
          Map.entry("apr", Month.APRIL),
          Map.entry("april", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("jun", Month.JUNE),
          Map.entry("june", Month.JUNE),
          Map.entry("jul", Month.JULY),
          Map.entry("july", Month.JULY),
          Map.entry("aug", Month.AUGUST),
          Map.entry("august", Month.AUGUST),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("sept", Month.SEPTEMBER),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("oct", Month.OCTOBER),
          Map.entry("october", Month.OCTOBER),
          Map.entry("nov", Month.NOVEMBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("dec", Month.DECEMBER),
          Map.entry("december", Month.DECEMBER));

  private MeetingWords() {}

  static List<String> of(String typed) {
    List<String> words = new ArrayList<>();
    for (String word : CommandGrammar.words(typed.replace(',', ' ').toLowerCase(Locale.ROOT))) {
      add(word, words);
    }
    return words;
  }

  static Optional<DayOfWeek> weekday(String word) {
    return Optional.ofNullable(WEEKDAYS.get(word));
  }

  static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTHS.get(word));
  }

  /** {@code Thu}: the same in every locale, so a message reads alike on every server. */
  static String shortName(DayOfWeek day) {
    return capitalised(day.name()).substring(0, 3);
  }

  /** {@code Dec}. */
  static String shortName(Month month) {
    return capitalised(month.name()).substring(0, 3);
  }

  /** {@code Thursday}. */
  static String fullName(DayOfWeek day) {
    return capitalised(day.name());
  }

  /** {@code December}. */
  static String fullName(Month month) {
    return capitalised(month.name());
  }

  private static String capitalised(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static void add(String typed, List<String> words) {
    String word = typed;
    while (word.endsWith(".")) {
      word = word.substring(0, word.length() - 1);
    }
    if (word.isEmpty() || LINKING.contains(word)) {
      return;
    }
    int last = words.size() - 1;
    if (AM_PM.contains(word) && last >= 0 && Character.isDigit(lastChar(words.get(last)))) {
      words.set(last, words.get(last) + word);
      return;
    }
    words.add(word);
  }

  private static char lastChar(String word) {
    return word.charAt(word.length() - 1);
  }
}
