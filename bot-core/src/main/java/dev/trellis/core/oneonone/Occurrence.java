package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting of a recurring 1:1: the local date it happens on (in the 1:1's time zone) and when it
 * starts and ends.
 */
public record Occurrence(OneOnOneId oneOnOneId, LocalDate date, Instant start, Instant end) {

  public Occurrence {
    Objects.requireNonNull(oneOnOneId, "oneOnOneId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "A 1:1 occurrence must end after it starts: " + start + " .. " + end);
    }
  }

  /**
   * When its last 15 minutes begin (the last-15 prompt's time; the start, for a 1:1 of 15 minutes
   * or less): from then on its outcome may be recorded.
   */
  public Instant lastPartStart() {
    Instant lastPart = end.minus(OneOnOneSteps.LAST_PART);
    return lastPart.isBefore(start) ? start : lastPart;
  }
}
