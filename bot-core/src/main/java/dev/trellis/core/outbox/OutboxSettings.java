package dev.trellis.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox sends: attempts before a message is dead, the backoff between passing failures,
 * how long a claim of messages holds and how many it takes at most, how many messages of one org
 * and of one platform are on their way at once, how long an instance holds an org's sending, and
 * the longest wait for a rate limit that is waited out in memory rather than by putting the
 * messages back in the queue.
 */
public record OutboxSettings(
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration lease,
    int batchSize,
    int perOrgConcurrency,
    int perPlatformConcurrency,
    Duration orgLease,
    Duration shortWait) {

  public static final OutboxSettings DEFAULTS =
      new OutboxSettings(
          12,
          Duration.ofSeconds(2),
          Duration.ofHours(1),
          Duration.ofMinutes(2),
          500,
          16,
          64,
          Duration.ofSeconds(30),
          Duration.ofSeconds(3));

  public OutboxSettings {
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(orgLease, "orgLease");
    Objects.requireNonNull(shortWait, "shortWait");
    if (maxAttempts < 1 || batchSize < 1 || perOrgConcurrency < 1 || perPlatformConcurrency < 1) {
      throw new IllegalArgumentException("Outbox settings must be positive");
    }
    if (orgLease.compareTo(Duration.ofSeconds(1)) < 0 || shortWait.isNegative()) {
      throw new IllegalArgumentException("An org lease lasts a second or more");
    }
  }

  /** These settings, with a different longest in-memory wait (zero: every wait is queued). */
  public OutboxSettings withShortWait(Duration wait) {
    return new OutboxSettings(
        maxAttempts,
        firstBackoff,
        maxBackoff,
        lease,
        batchSize,
        perOrgConcurrency,
        perPlatformConcurrency,
        orgLease,
        wait);
  }
}
