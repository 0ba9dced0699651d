package dev.trellis.core.schedule;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A step that produces nothing for this occurrence, and why. {@code intendedAt} is when it would
 * nominally have been due (2 h before the 1:1, Friday 15:00, ...).
 */
public record SkippedStep(
    StepKind kind,
    OrgId orgId,
    PersonId recipient,
    OccurrenceKey key,
    Instant intendedAt,
    SkipReason reason) {

  public SkippedStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(intendedAt, "intendedAt");
    Objects.requireNonNull(reason, "reason");
  }
}
