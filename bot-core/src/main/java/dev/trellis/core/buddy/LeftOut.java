package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.Objects;

/** A cohort member who is in no group this round, and why: nobody is dropped silently. */
public record LeftOut(PersonId personId, Reason reason, String why) {

  public enum Reason {
    PAUSED,
    OPTED_OUT,
    GUEST,
    UNREACHABLE,
    /** The only one available, or the groups were full and nobody was left to pair with. */
    ONLY_ONE_LEFT,
    /** Everyone they could have joined is their manager, their report or on a "not with" list. */
    NO_ALLOWED_PARTNER
  }

  public LeftOut {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(reason, "reason");
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("Someone left out is told why");
    }
  }
}
