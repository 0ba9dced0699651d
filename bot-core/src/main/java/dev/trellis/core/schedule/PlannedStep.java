package dev.trellis.core.schedule;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A step due at an instant, for one person: {@code local} is the same instant in the recipient's
 * zone (for the message text and for logs), {@code key} names the occurrence for deduplication, and
 * {@code oneOnOneId} is present for the steps about a 1:1 (so deleting the 1:1 withdraws them).
 */
public record PlannedStep(
    StepKind kind,
    OrgId orgId,
    PersonId recipient,
    Instant dueAt,
    ZonedDateTime local,
    OccurrenceKey key,
    Optional<OneOnOneId> oneOnOneId) {

  public PlannedStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(oneOnOneId, "oneOnOneId");
    if (!local.toInstant().equals(dueAt)) {
      throw new IllegalArgumentException(
          "A step's local time " + local + " must be its due instant " + dueAt);
    }
  }
}
