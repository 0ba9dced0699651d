package dev.trellis.slack.send;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: refills at {@code perSecond}, holds at most {@code burst}. A pause (after Slack
 * said "slow down") keeps it empty until the time Slack named. Not thread-safe; its owner locks.
 */
final class TokenBucket {

  private final double perSecond;
  private final int burst;
  private double tokens;
  private Instant refilledAt;
  private Instant pausedUntil = Instant.MIN;

  TokenBucket(SlackMethod.RateLimit limit, Instant now) {
    this.perSecond = limit.perSecond();
    this.burst = limit.burst();
    this.tokens = burst;
    this.refilledAt = now;
  }

  /** How long until a token is free; zero when one is free now. Takes nothing. */
  Duration waitFor(Instant now) {
    refill(now);
    if (now.isBefore(pausedUntil)) {
      return Duration.between(now, pausedUntil);
    }
    if (tokens >= 1) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
  }

  /** Takes a token; call only after {@link #waitFor} answered zero. */
  void take(Instant now) {
    refill(now);
    tokens -= 1;
  }

  /** Gives back a token taken for a call the platform did not take. */
  void giveBack(Instant now) {
    refill(now);
    tokens = Math.min(burst, tokens + 1);
  }

  void pauseUntil(Instant until) {
    if (until.isAfter(pausedUntil)) {
      pausedUntil = until;
    }
  }

  /** Full and not paused: forgetting it changes nothing. */
  boolean isIdle(Instant now) {
    refill(now);
    return tokens >= burst && !now.isBefore(pausedUntil);
  }

  private void refill(Instant now) {
    if (now.isBefore(refilledAt)) {
      // The clock stepped back: how long since the last refill is unknown, so start full rather
      // than stall until the clock is back where it was.
      tokens = burst;
      refilledAt = now;
    } else if (now.isAfter(refilledAt)) {
      double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
      tokens = Math.min(burst, tokens + elapsed * perSecond);
      refilledAt = now;
    }
  }
}
