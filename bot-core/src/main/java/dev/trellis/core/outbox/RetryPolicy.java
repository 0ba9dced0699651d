package dev.trellis.core.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the n-th passing failure wait between half and all of
 * {@code first * 2^(n-1)}, capped, and never less than the platform's own retry-after hint. The
 * jitter keeps many failed messages from coming back in one burst.
 */
final class RetryPolicy {

  private final Duration first;
  private final Duration max;
  private final RandomGenerator random;

  RetryPolicy(Duration first, Duration max, RandomGenerator random) {
    this.first = first;
    this.max = max;
    this.random = random;
  }

  Duration delayAfter(int failures, Duration retryAfter) {
    long cap = max.toMillis();
    long exponential = first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
    long ceiling = Math.min(cap, exponential <= 0 ? cap : exponential);
    long jittered = ceiling / 2 + random.nextLong(ceiling / 2 + 1);
    return Duration.ofMillis(Math.max(jittered, retryAfter.toMillis()));
  }
}
