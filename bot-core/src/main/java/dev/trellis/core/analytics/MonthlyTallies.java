package dev.trellis.core.analytics;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.FactTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The counted events of an org summed per shown group and month, as the features report them; and,
 * per person, the days of their career conversations, for the 90-day share. Filled by one feature
 * after the other, on one thread.
 */
final class MonthlyTallies implements FactTally {

  /** How far back a career conversation counts for a month's 90-day share. */
  static final int CONVERSATION_DAYS = 90;

  private final Map<PersonId, String> placeOf;
  private final LocalDate first;
  private final LocalDate last;
  private final Instant asOf;
  private final Map<String, Map<YearMonth, Map<String, Long>>> counts = new HashMap<>();
  private final Map<PersonId, NavigableSet<LocalDate>> conversations = new HashMap<>();
  private final Map<YearMonth, Map<String, Integer>> withConversation = new HashMap<>();

  MonthlyTallies(Map<PersonId, String> placeOf, YearMonth from, YearMonth to, Instant asOf) {
    this.placeOf = placeOf;
    this.first = from.atDay(1);
    LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    this.last = to.atEndOfMonth().isAfter(today) ? today : to.atEndOfMonth();
    this.asOf = asOf;
  }

  @Override
  public Instant asOf() {
    return asOf;
  }

  /** The first day features are asked about: early enough for the first month's 90 days. */
  LocalDate firstDayAsked() {
    return first.minusDays(CONVERSATION_DAYS - 1L);
  }

  LocalDate lastDayAsked() {
    return last;
  }

  @Override
  public void add(PersonId personId, LocalDate day, Counted what, long amount) {
    String place = placeOf.get(personId);
    if (place == null) {
      return;
    }
    if (what.equals(Counted.ONE_ON_ONE_DEVELOPMENT)) {
      conversations.computeIfAbsent(personId, p -> new TreeSet<>()).add(day);
    }
    if (day.isBefore(first) || day.isAfter(last)) {
      return;
    }
    counts
        .computeIfAbsent(place, p -> new HashMap<>())
        .computeIfAbsent(YearMonth.from(day), m -> new HashMap<>())
        .merge(what.name(), amount, Long::sum);
  }

  long count(String place, YearMonth month, Counted what) {
    return counts
        .getOrDefault(place, Map.of())
        .getOrDefault(month, Map.of())
        .getOrDefault(what.name(), 0L);
  }

  /** The counts of a place and month whose names start with {@code prefix}, by name. */
  Map<String, Long> countsStartingWith(String place, YearMonth month, String prefix) {
    Map<String, Long> found = new HashMap<>();
    counts
        .getOrDefault(place, Map.of())
        .getOrDefault(month, Map.of())
        .forEach(
            (name, n) -> {
              if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), n);
              }
            });
    return found;
  }

  /** How many people of the place had a career conversation in the 90 days to the month's end. */
  int peopleWithConversation(String place, YearMonth month) {
    return withConversation
        .computeIfAbsent(month, this::peopleWithConversationByPlace)
        .getOrDefault(place, 0);
  }

  /** Per place, in one pass over the people who had any. */
  private Map<String, Integer> peopleWithConversationByPlace(YearMonth month) {
    LocalDate end = month.atEndOfMonth();
    LocalDate start = end.minusDays(CONVERSATION_DAYS - 1L);
    Map<String, Integer> people = new HashMap<>();
    conversations.forEach(
        (person, days) -> {
          if (!days.subSet(start, true, end, true).isEmpty()) {
            people.merge(placeOf.get(person), 1, Integer::sum);
          }
        });
    return people;
  }
}
