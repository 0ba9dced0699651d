package dev.trellis.teams.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps this process inside Teams' published bot limits: per conversation 7 messages a second and
 * 1,800 an hour, and per app per tenant 30 requests a second. It never waits: it answers how long
 * to wait, and the caller decides. Share one instance between everything that calls the connector.
 *
 * <p>A limit of at most {@value #WINDOW_MAX} per period is kept exactly, as a sliding window of the
 * times of the last N requests: no window of that length ever holds more than N, and N go through
 * in every period, so a tenant gets its whole 30 a second. The window is {@link #GUARD} longer than
 * the period, as requests reach Teams a little later than they leave, some later than others. A
 * larger limit (1,800 an hour, which no one conversation reaches in practice) is a token bucket
 * holding N/2 that refills N/2 per period, which keeps the same promise in constant memory.
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

  /** Limits up to this many per period are kept as sliding windows. */
  static final int WINDOW_MAX = 100;

  /** How much longer than its period a sliding window is. */
  static final Duration GUARD = Duration.ofMillis(20);

  /** Conversation buckets are forgotten once full again, when there are more than this many. */
  private static final int MAX_BUCKETS_BEFORE_CLEANUP = 10_000;

  private final Clock clock;
  private final List<Limit> perConversation;
  private final List<Limit> perTenant;
  private final Map<String, List<Limiter>> buckets = new HashMap<>();

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
    return acquire(tenantId, conversationId).duration();
  }

  /**
   * As {@link #tryAcquire(String, String)}, saying whether the tenant's limit is what holds the
   * request back (then every request of the tenant waits), or only the conversation's.
   */
  public synchronized Wait acquire(String tenantId, String conversationId) {
    Instant now = clock.instant();
    forgetIdleBucketsWhenMany(now);
    List<Limiter> tenant = bucketsFor("t:" + tenantId, perTenant, now);
    List<Limiter> conversation =
        bucketsFor("c:" + tenantId + "/" + conversationId, perConversation, now);
    Duration tenantWait = longestWait(tenant, now);
    Duration conversationWait = longestWait(conversation, now);
    if (tenantWait.isZero() && conversationWait.isZero()) {
      tenant.forEach(b -> b.take(now));
      conversation.forEach(b -> b.take(now));
      return new Wait(Duration.ZERO, false);
    }
    boolean tenantHolds = tenantWait.compareTo(conversationWait) >= 0;
    return new Wait(tenantHolds ? tenantWait : conversationWait, tenantHolds);
  }

  /** How long to wait; {@code wholeTenant} when it is the tenant's limit that holds. */
  public record Wait(Duration duration, boolean wholeTenant) {}

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

  private static Duration takeFromAll(List<Limiter> all, Instant now) {
    Duration wait = longestWait(all, now);
    if (wait.isZero()) {
      all.forEach(b -> b.take(now));
    }
    return wait;
  }

  private static Duration longestWait(List<Limiter> all, Instant now) {
    Duration wait = Duration.ZERO;
    for (Limiter limiter : all) {
      Duration w = limiter.waitFor(now);
      if (w.compareTo(wait) > 0) {
        wait = w;
      }
    }
    return wait;
  }

  private List<Limiter> bucketsFor(String key, List<Limit> limits, Instant now) {
    return buckets.computeIfAbsent(
        key,
        k ->
            limits.stream()
                .map(
                    l ->
                        l.count() <= WINDOW_MAX
                            ? (Limiter) new SlidingWindow(l)
                            : new TokenBucket(l, now))
                .toList());
  }

  /** One limit; not thread-safe, its owner locks. */
  interface Limiter {
    /** How long until one more request is allowed; zero when now. Takes nothing. */
    Duration waitFor(Instant now);

    /** Counts a request; call only after {@link #waitFor} answered zero. */
    void take(Instant now);

    void pauseUntil(Instant until);

    /** Nothing counted and not paused: forgetting it changes nothing. */
    boolean isIdle(Instant now);
  }

  /**
   * The times of the last {@code count} requests; a new one waits until the oldest is a window old.
   */
  static final class SlidingWindow implements Limiter {
    private final int count;
    private final Duration window;
    private final ArrayDeque<Instant> taken = new ArrayDeque<>();
    private Instant pausedUntil = Instant.MIN;

    SlidingWindow(Limit limit) {
      this.count = limit.count();
      this.window = limit.period().plus(GUARD);
    }

    @Override
    public Duration waitFor(Instant now) {
      forgetBefore(now.minus(window));
      Duration wait = Duration.ZERO;
      if (taken.size() >= count) {
        wait = Duration.between(now, taken.peekFirst().plus(window));
      }
      if (now.isBefore(pausedUntil)) {
        Duration paused = Duration.between(now, pausedUntil);
        return paused.compareTo(wait) > 0 ? paused : wait;
      }
      return wait.isNegative() ? Duration.ZERO : wait;
    }

    @Override
    public void take(Instant now) {
      taken.addLast(now);
    }

    @Override
    public void pauseUntil(Instant until) {
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }

    @Override
    public boolean isIdle(Instant now) {
      forgetBefore(now.minus(window));
      return taken.isEmpty() && !now.isBefore(pausedUntil);
    }

    private void forgetBefore(Instant start) {
      while (!taken.isEmpty() && !taken.peekFirst().isAfter(start)) {
        taken.removeFirst();
      }
    }
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
  static final class TokenBucket implements Limiter {
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

    @Override
    public Duration waitFor(Instant now) {
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

    @Override
    public void take(Instant now) {
      refill(now);
      units -= unit;
    }

    @Override
    public void pauseUntil(Instant until) {
      if (until.isAfter(pausedUntil)) {
        pausedUntil = until;
      }
    }

    @Override
    public boolean isIdle(Instant now) {
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
