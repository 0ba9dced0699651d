package dev.trellis.core.step;

import dev.trellis.core.schedule.ReflectionCadence;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person chose for themselves: when reflection prompts come, and a pause (no prompts before
 * {@code pausedUntil}, the day they resume).
 */
public record PersonSettings(ReflectionCadence cadence, Optional<LocalDate> pausedUntil) {

  public static final PersonSettings DEFAULT =
      new PersonSettings(ReflectionCadence.DEFAULT, Optional.empty());

  public PersonSettings {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(pausedUntil, "pausedUntil");
  }

  public boolean isPausedOn(LocalDate date) {
    return pausedUntil.filter(date::isBefore).isPresent();
  }

  public PersonSettings pausedUntil(LocalDate date) {
    return new PersonSettings(cadence, Optional.of(date));
  }

  public PersonSettings resumed() {
    return new PersonSettings(cadence, Optional.empty());
  }
}
