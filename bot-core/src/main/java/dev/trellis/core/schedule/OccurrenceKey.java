package dev.trellis.core.schedule;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names one occurrence of one step for one person, such as {@code
 * last15:<oneOnOneId>:2026-03-05:<personId>} or {@code reflection:<personId>:2026-W48}. It is built
 * only from ids and the nominal local date of the occurrence, never from the instant a step was
 * moved to, so planning the same window again yields the same key: the outbox dedupes on it.
 */
public record OccurrenceKey(String value) {

  public OccurrenceKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An occurrence key must not be blank");
    }
  }

  /** How the keys that planning makes (and would make again) begin; one-off steps differ. */
  public static final List<String> PLANNED_PREFIXES =
      List.of("agenda:", "last15:", "after:", "reflection:");

  static OccurrenceKey agenda(OneOnOneId oneOnOne, LocalDate date) {
    return new OccurrenceKey("agenda:" + oneOnOne + ":" + date);
  }

  static OccurrenceKey lastFifteen(OneOnOneId oneOnOne, LocalDate date, PersonId person) {
    return new OccurrenceKey("last15:" + oneOnOne + ":" + date + ":" + person);
  }

  static OccurrenceKey afterOneOnOne(OneOnOneId oneOnOne, LocalDate date) {
    return new OccurrenceKey("after:" + oneOnOne + ":" + date);
  }

  /** Keyed by the ISO week (week-based year) the cadence day falls in. */
  static OccurrenceKey reflection(PersonId person, LocalDate cadenceDay) {
    return new OccurrenceKey(
        String.format(
            Locale.ROOT,
            "reflection:%s:%d-W%02d",
            person,
            cadenceDay.get(IsoFields.WEEK_BASED_YEAR),
            cadenceDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  /**
   * The nominal local date of the occurrence of {@code oneOnOne} that this agenda, last-15 or
   * after-1:1 key names; empty for a key of another 1:1 or of another kind.
   */
  public Optional<LocalDate> oneOnOneDate(OneOnOneId oneOnOne) {
    for (String kind : List.of("agenda:", "last15:", "after:")) {
      String prefix = kind + oneOnOne + ":";
      int end = prefix.length() + 10;
      if (value.startsWith(prefix)
          && value.length() >= end
          && (value.length() == end || value.charAt(end) == ':')) {
        try {
          return Optional.of(LocalDate.parse(value.substring(prefix.length(), end)));
        } catch (DateTimeParseException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
