package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What stays of a person who was erased, for analytics only: the anonymous id their counted records
 * now carry, and the department and manager they belonged to, so group totals do not change. No
 * name, email, platform id or text.
 */
public record ErasedPerson(
    OrgId orgId,
    PersonId anonymousId,
    Optional<String> department,
    Optional<PersonId> managerId,
    Instant erasedAt) {

  public ErasedPerson {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(anonymousId, "anonymousId");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(managerId, "managerId");
    Objects.requireNonNull(erasedAt, "erasedAt");
  }
}
