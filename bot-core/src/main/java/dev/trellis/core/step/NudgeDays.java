package dev.trellis.core.step;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which local days each person has had a nudge on: a day belongs to the first nudge that claims it.
 * Claiming is atomic across instances and idempotent, so a nudge retried after a crash keeps its
 * day.
 */
public interface NudgeDays {

  /**
   * Claims each person's day for its nudge; answers the claims granted: those whose day was free,
   * or already held by the same nudge key.
   */
  Set<Claim> claim(List<Claim> claims);

  /** The days from {@code from} to {@code to} (both included) the person has had a nudge on. */
  Set<LocalDate> claimed(OrgId orgId, PersonId personId, LocalDate from, LocalDate to);

  /** One nudge ({@code key}, its step's occurrence key) wanting the person's local {@code day}. */
  record Claim(OrgId orgId, PersonId personId, LocalDate day, String key) {
    public Claim {
      Objects.requireNonNull(orgId, "orgId");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(key, "key");
    }
  }
}
