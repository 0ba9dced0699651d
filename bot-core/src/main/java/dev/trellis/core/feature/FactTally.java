package dev.trellis.core.feature;

import dev.trellis.core.directory.PersonId;
import java.time.Instant;
import java.time.LocalDate;

/** Where {@link CountedFacts} report: an amount of one counted kind, for a person, on a day. */
public interface FactTally {

  void add(PersonId personId, LocalDate day, Counted what, long amount);

  /** The moment the figures are as of (what is open now is not yet expired). */
  Instant asOf();

  default void add(PersonId personId, LocalDate day, Counted what) {
    add(personId, day, what, 1);
  }
}
