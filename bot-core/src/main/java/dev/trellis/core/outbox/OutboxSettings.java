package dev.trellis.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox sends: attempts before a message is dead, the backoff between passing failures,
 * how long a claim holds, and the per-org rate limit (messages per second, with a burst).
 */
public record OutboxSettings(
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration lease,
    int batchSize,
    double perOrgPerSecond,
    int perOrgBurst) {

  public static final OutboxSettings DEFAULTS =
      new OutboxSettings(
          8, Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2), 500, 20, 40);

  public OutboxSettings {
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    if (maxAttempts < 1 || batchSize < 1 || perOrgPerSecond <= 0 || perOrgBurst < 1) {
      throw new IllegalArgumentException("Outbox settings must be positive");
    }
  }
}
