package dev.trellis.teams.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps this process inside Teams' published bot limits: per conversation 7 messages a second and
 * 1,800 an hour, and per app per tenant 30 requests a second. It never waits: it answers how long
 * to wait, and the caller decides. Share one instance between everything that calls the connector.
 *
 * <p>Each limit of N per period is a token bucket holding N/2 that refills N/2 per period, so that
 * no window of that length ever holds more than N (a bucket holding N would let 2N through in a
 * window that starts full).
 */
public final class TeamsRateLimits {

  /** A limit as Teams publishes it: at most {@code count} within any {@code period}. */
  public record Limit(int count, Duration period) {
    public Limit {
      if (count < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("A limit needs a positive count and period");
      }
    }
  }

  public static final List<Limit> PER_CONVERSATION =
      List.of(new Limit(7, Duration.ofSeconds(1)), new Limit(1_800, Duration.ofHours(1)));
  public static final List<Limit> PER_TENANT = List.of(new Limit(30, Duration.ofSeconds(1)));

  /** Conversation buckets are forgotten once full again, when there are more than this many. */
  private static final int MAX_BUCKETS_BEFORE_CLEANUP = 10_000;

  private final Clock clock;
  private final List<Limit> perConversation;
  private final List<Limit> perTenant;
  private final Map<String, List<TokenBucket>> buckets = new HashMap<>();

  public TeamsRateLimits(Clock clock) {
    this(clock, PER_CONVERSATION, PER_TENANT);
  }

  public TeamsRateLimits(Clock clock, List<Limit> perConversation, List<Limit> perTenant) {
    this.clock = clock;
    this.perConversation = List.copyOf(perConversation);
    this.perTenant = List.copyOf(perTenant);
  }

  /**
   * Takes one request to {@code conversationId} of {@code tenantId} and answers zero, or answers
   * how long until one is allowed and takes nothing.
   */
  public synchronized Duration tryAcquire(String tenantId, String conversationId) {
    Instant now = clock.instant();
    forgetIdleBucketsWhenMany(now);
    List<TokenBucket> all = new ArrayList<>(bucketsFor("t:" + tenantId, perTenant, now));
    all.addAll(bucketsFor("c:" + tenantId + "/" + conversationId, perConversation, now));
    return takeFromAll(all, now);
  }

  /** Takes one request of the tenant that goes to no conversation limit (creating one, paging). */
  public synchronized Duration tryAcquire(String tenantId) {
    Instant now = clock.instant();
    return takeFromAll(bucketsFor("t:" + tenantId, perTenant, now), now);
  }

  /** Teams answered 429 for the conversation: nothing goes there until {@code until}. */
  public synchronized void pauseUntil(String tenantId, String conversationId, Instant until) {
    bucketsFor("c:" + tenantId + "/" + conversationId, perConversation, clock.instant())
        .forEach(b -> b.pauseUntil(until));
  }

  private static Duration takeFromAll(List<TokenBucket> all, Instant now) {
    Duration wait = Duration.ZERO;
    for (TokenBucket bucket : all) {
      Duration w = bucket.waitFor(now);
      if (w.compareTo(wait) > 0) {
        wait = w;
      }
    }
    if (wait.isZero()) {
      all.forEach(b -> b.take(now));
    }
    return wait;
  }

  private List<TokenBucket> bucketsFor(String key, List<Limit> limits, Instant now) {
    return buckets.computeIfAbsent(
        key, k -> limits.stream().map(l -> new TokenBucket(l, now)).toList());
  }

  private void forgetIdleBucketsWhenMany(Instant now) {
    if (buckets.size() > MAX_BUCKETS_BEFORE_CLEANUP) {
      buckets
          .entrySet()
          .removeIf(
              e ->
                  e.getKey().startsWith("c:")
                      && e.getValue().stream().allMatch(b -> b.isIdle(now)));
    }
  }

  /**
   * Counted in whole numbers, so no rounding ever loses a token: one token is {@code P} units (the
   * limit's period in nanoseconds), and each nanosecond adds {@code count - capacity} units.
   */
  static final class TokenBucket {
    private final long unit;
    private final long capacity;
    private final long refillPerNano;
    private long units;
    private Instant updated;
    private Instant pausedUntil = Instant.MIN;

    TokenBucket(Limit limit, Instant now) {
      long tokens = Math.max(1, limit.count() / 2);
      this.unit = limit.period().toNanos();
      this.capacity = Math.multiplyExact(tokens, unit);
      this.refillPerNano = limit.count() - tokens;
      this.units = capacity;
      this.updated = now;
    }

    Duration waitFor(Instant now) {
      refill(now);
      Duration refilling = Duration.ZERO;
      if (units < unit) {
        refilling =
            refillPerNano == 0
                ? Duration.ofDays(1)
                : Duration.ofNanos(ceilDiv(unit - units, refillPerNano));
      }
      if (now.isBefore(pausedUntil)) {
        Duration paused = Duration.between(now, pausedUntil);
        return paused.compareTo(refilling) > 0 ? paused : refilling;
      }
      return refilling;
    }

    void take(Instant now) {
      refill(now);
      units -= unit;
    }

    void pauseUntil(Instant until) {
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }

    boolean isIdle(Instant now) {
      refill(now);
      return units >= capacity && !now.isBefore(pausedUntil);
    }

    /** Both positive; {@code Math.ceilDiv} is Java 18. */
    private static long ceilDiv(long x, long y) {
      return -Math.floorDiv(-x, y);
    }

    private void refill(Instant now) {
      if (!now.isAfter(updated)) {
        return;
      }
      Duration gap = Duration.between(updated, now);
      updated = now;
      long missing = capacity - units;
      if (refillPerNano == 0 || missing <= 0) {
        return;
      }
      long nanosToFull = ceilDiv(missing, refillPerNano);
      if (gap.compareTo(Duration.ofNanos(nanosToFull)) >= 0) {
        units = capacity;
      } else {
        units += gap.toNanos() * refillPerNano;
      }
    }
  }
}
