package dev.trellis.core.export;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/** A person's export waiting to be delivered; gone once it expires. */
public record StoredExport(
    String id, OrgId orgId, PersonId personId, String json, Instant expiresAt) {

  public StoredExport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
