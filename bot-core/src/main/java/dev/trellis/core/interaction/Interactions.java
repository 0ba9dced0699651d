package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/** The checks every interaction shares. */
final class Interactions {

  private Interactions() {}

  static void requireOrigin(OrgId orgId, PersonId personId, Platform platform, Instant receivedAt) {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
