package dev.trellis.core.step;

import dev.trellis.core.message.Platform;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person chose for themselves: when reflection prompts come, a pause (no prompts before
 * {@code pausedUntil}, the day they resume), and the platform their messages go to first ({@code
 * platform}; empty is "auto": where they last used Trellis).
 */
public record PersonSettings(
    ReflectionCadence cadence, Optional<LocalDate> pausedUntil, Optional<Platform> platform) {

  public static final PersonSettings DEFAULT =
      new PersonSettings(ReflectionCadence.DEFAULT, Optional.empty(), Optional.empty());

  public PersonSettings {
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(pausedUntil, "pausedUntil");
    Objects.requireNonNull(platform, "platform");
  }

  /** Settings with no platform chosen. */
  public PersonSettings(ReflectionCadence cadence, Optional<LocalDate> pausedUntil) {
    this(cadence, pausedUntil, Optional.empty());
  }

  public boolean isPausedOn(LocalDate date) {
    return pausedUntil.filter(date::isBefore).isPresent();
  }

  public PersonSettings pausedUntil(LocalDate date) {
    return new PersonSettings(cadence, Optional.of(date), platform);
  }

  public PersonSettings resumed() {
    return new PersonSettings(cadence, Optional.empty(), platform);
  }

  /** The same settings with {@code chosen} as the platform (empty: auto). */
  public PersonSettings withPlatform(Optional<Platform> chosen) {
    return new PersonSettings(cadence, pausedUntil, chosen);
  }
}
