package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.schedule.OccurrenceKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The occurrence keys of a 1:1's steps: {@code agenda:<oneOnOneId>:<date>}, {@code
 * last15:<oneOnOneId>:<date>:<personId>} and {@code after:<oneOnOneId>:<date>}, with the nominal
 * local date of the occurrence.
 */
final class OneOnOneKeys {

  /** How the keys begin; planning makes (and would make again) every one of them. */
  static final List<String> PREFIXES = List.of("agenda:", "last15:", "after:");

  private OneOnOneKeys() {}

  static OccurrenceKey agenda(OneOnOneId oneOnOne, LocalDate date) {
    return new OccurrenceKey("agenda:" + oneOnOne + ":" + date);
  }

  static OccurrenceKey lastFifteen(OneOnOneId oneOnOne, LocalDate date, PersonId person) {
    return new OccurrenceKey("last15:" + oneOnOne + ":" + date + ":" + person);
  }

  static OccurrenceKey afterOneOnOne(OneOnOneId oneOnOne, LocalDate date) {
    return new OccurrenceKey("after:" + oneOnOne + ":" + date);
  }

  /**
   * The nominal local date of the occurrence of {@code oneOnOne} that this agenda, last-15 or
   * after-1:1 key names; empty for a key of another 1:1 or of another kind.
   */
  static Optional<LocalDate> dateOf(OccurrenceKey key, OneOnOneId oneOnOne) {
    String value = key.value();
    for (String kind : PREFIXES) {
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
}
