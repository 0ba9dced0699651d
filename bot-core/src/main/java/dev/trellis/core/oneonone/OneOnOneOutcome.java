package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one person recorded for the last 15 minutes of one occurrence of a 1:1 ({@code date} is the
 * occurrence's local date in the 1:1's zone). Each person records once per occurrence.
 */
public record OneOnOneOutcome(
    OrgId orgId,
    OneOnOneId oneOnOneId,
    LocalDate date,
    PersonId personId,
    Outcome outcome,
    Instant recordedAt) {

  public OneOnOneOutcome {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(oneOnOneId, "oneOnOneId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
