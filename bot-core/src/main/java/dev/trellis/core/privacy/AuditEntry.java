package dev.trellis.core.privacy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One admin access to people's data: when, who (the operator, or an org token by its id), what was
 * done ({@code export}, {@code erase}, {@code read directory}, …) and whose data, never the data.
 */
public record AuditEntry(
    OrgId orgId, Instant at, String who, String action, Optional<PersonId> subject) {

  public AuditEntry {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
  }
}
