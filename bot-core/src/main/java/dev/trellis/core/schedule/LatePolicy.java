package dev.trellis.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to do with a step after downtime: not yet due, wait; due at most {@code maxLateness} ago
 * (default 1 hour), send it now; older, drop it (the caller counts the drop). So a restart sends a
 * few recent steps late and never a burst of stale ones.
 */
public record LatePolicy(Duration maxLateness) {

  public static final LatePolicy DEFAULT = new LatePolicy(Duration.ofHours(1));

  /** The outcome for one step. */
  public enum Decision {
    WAIT,
    SEND_NOW,
    DROP
  }

  public LatePolicy {
    Objects.requireNonNull(maxLateness, "maxLateness");
    if (maxLateness.isNegative()) {
      throw new IllegalArgumentException("Max lateness cannot be negative: " + maxLateness);
    }
  }

  public Decision decide(Instant dueAt, Instant now) {
    if (dueAt.isAfter(now)) {
      return Decision.WAIT;
    }
    Duration late = Duration.between(dueAt, now);
    return late.compareTo(maxLateness) <= 0 ? Decision.SEND_NOW : Decision.DROP;
  }

  public Decision decide(Instant dueAt, Clock clock) {
    return decide(dueAt, clock.instant());
  }
}
