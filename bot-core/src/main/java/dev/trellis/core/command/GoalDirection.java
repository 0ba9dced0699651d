package dev.trellis.core.command;

import java.util.Locale;
import java.util.Optional;

/** Where a development goal leads on the career lattice. */
public enum GoalDirection {
  /** Grow in the current role; the default. */
  GROW,
  /** A lateral move to another team or discipline. */
  LATERAL,
  /** A stretch project beyond the current role. */
  STRETCH,
  /** Mentoring, given or received. */
  MENTORING,
  /** Learning a skill. */
  LEARNING;

  /** The word used in commands, such as {@code lateral}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a direction word in any case; empty when it is none. */
  public static Optional<GoalDirection> parse(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.strip().toUpperCase(Locale.ROOT);
    for (GoalDirection direction : values()) {
      if (direction.name().equals(w)) {
        return Optional.of(direction);
      }
    }
    return Optional.empty();
  }
}
