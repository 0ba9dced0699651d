package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A meetup time one member proposed ({@code number} counts from 1 within the meetup), and who of
 * the others accepted it.
 */
public record Proposal(
    int number, PersonId by, Instant at, Instant madeAt, Set<PersonId> acceptedBy) {

  public Proposal {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(madeAt, "madeAt");
    acceptedBy = Set.copyOf(acceptedBy);
    if (number < 1) {
      throw new IllegalArgumentException("Proposals are numbered from 1");
    }
  }
}
