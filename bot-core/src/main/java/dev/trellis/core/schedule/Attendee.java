package dev.trellis.core.schedule;

import dev.trellis.core.directory.PersonId;
import java.util.Objects;

/** A person a step goes to, with when they may be sent it. */
public record Attendee(PersonId id, Availability availability) {

  public Attendee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(availability, "availability");
  }
}
