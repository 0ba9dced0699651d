package dev.trellis.core.schedule;

import dev.trellis.core.org.ProtectedSlot;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When an org sends its people nothing scheduled, read in each person's zone: its holidays, and its
 * protected weekly slot for development time if it keeps one.
 */
public record TimeOff(Set<LocalDate> holidays, Optional<ProtectedSlot> protectedSlot) {

  public static final TimeOff NONE = new TimeOff(Set.of(), Optional.empty());

  public TimeOff {
    holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    Objects.requireNonNull(protectedSlot, "protectedSlot");
  }

  /** Holidays only, no protected slot. */
  public static TimeOff holidays(Set<LocalDate> days) {
    return new TimeOff(days, Optional.empty());
  }
}
