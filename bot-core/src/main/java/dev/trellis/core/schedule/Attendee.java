package dev.trellis.core.schedule;

import dev.trellis.core.directory.PersonId;
import java.util.Objects;

/** A person a step goes to, with when they may be sent it. */
record Attendee(PersonId id, Availability availability) {

  Attendee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(availability, "availability");
  }
}
