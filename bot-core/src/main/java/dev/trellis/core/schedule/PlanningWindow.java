package dev.trellis.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time {@code [from, to)} to plan or list things in. */
public record PlanningWindow(Instant from, Instant to) {

  public PlanningWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "A planning window cannot end before it starts: " + from + " .. " + to);
    }
  }

  public static PlanningWindow between(Instant from, Instant to) {
    return new PlanningWindow(from, to);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  /** The window reaching {@code before} earlier and {@code after} later. */
  public PlanningWindow widen(Duration before, Duration after) {
    return new PlanningWindow(from.minus(before), to.plus(after));
  }
}
