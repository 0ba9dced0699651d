package dev.trellis.core.reflection;

import dev.trellis.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;

/** That an answer was shared with one person ({@code with}, the owner's manager then), and when. */
public record Share(PersonId with, Instant at) {

  public Share {
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(at, "at");
  }
}
