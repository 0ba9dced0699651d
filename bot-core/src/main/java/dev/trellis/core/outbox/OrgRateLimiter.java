package dev.trellis.core.outbox;

import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per org: {@code perSecond} messages a second on average, {@code burst} at once. A
 * platform's "slow down" pauses the org's bucket until the time it named.
 */
final class OrgRateLimiter {

  private final double perSecond;
  private final int burst;
  private final Map<OrgId, Bucket> buckets = new ConcurrentHashMap<>();

  OrgRateLimiter(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Takes a token and answers zero, or answers how long until one is free. */
  Duration tryAcquire(OrgId orgId, Instant now) {
    return buckets.computeIfAbsent(orgId, id -> new Bucket(burst, now)).take(now);
  }

  void pauseUntil(OrgId orgId, Instant until) {
    buckets.computeIfAbsent(orgId, id -> new Bucket(burst, until)).pauseUntil(until);
  }

  private final class Bucket {
    private double tokens;
    private Instant refilledAt;
    private Instant pausedUntil = Instant.MIN;

    Bucket(double tokens, Instant now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }

    synchronized Duration take(Instant now) {
      if (now.isBefore(pausedUntil)) {
        return Duration.between(now, pausedUntil);
      }
      if (now.isBefore(refilledAt)) {
        // The clock stepped back: start full rather than stall until it is back where it was.
        tokens = burst;
        refilledAt = now;
      } else if (now.isAfter(refilledAt)) {
        double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
        tokens = Math.min(burst, tokens + elapsed * perSecond);
        refilledAt = now;
      }
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
    }

    synchronized void pauseUntil(Instant until) {
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }
  }
}
