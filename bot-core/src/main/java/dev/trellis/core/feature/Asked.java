package dev.trellis.core.feature;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Platform;
import java.time.Instant;
import java.util.Objects;

/** Who typed a command, where (so answers show commands as typed there) and when. */
public record Asked(Person person, Platform platform, Instant at) {
  public Asked {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(at, "at");
  }
}
