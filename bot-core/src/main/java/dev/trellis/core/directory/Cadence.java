package dev.trellis.core.directory;

import java.util.Locale;
import java.util.Optional;

/** How often a recurring 1:1 happens. */
public enum Cadence {
  WEEKLY,
  BIWEEKLY,
  MONTHLY;

  public static Optional<Cadence> parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (Cadence cadence : values()) {
      if (cadence.name().equals(t)) {
        return Optional.of(cadence);
      }
    }
    return Optional.empty();
  }
}
