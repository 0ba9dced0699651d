package dev.trellis.app.harness;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The platforms' limits as the stand-ins keep them, independent of Trellis's own: a token bucket
 * (Slack: a rate with a burst) and a sliding window counted at arrival (Teams: N per period). Each
 * answers, for one more request now, nothing (take it) or the nanoseconds until it may come.
 */
final class StandInLimits {

  private StandInLimits() {}

  interface Limit {
    /** Empty when the request fits (and is counted); else nanoseconds until one would. */
    OptionalLong take(long nowNanos);

    /** Whether a request would fit now, without counting it. */
    boolean fits(long nowNanos);
  }

  /** {@code perSecond} on average, {@code burst} at once; starts full. */
  static final class Bucket implements Limit {
    private final double perNano;
    private final double burst;
    private double tokens;
    private long lastNanos;

    Bucket(double perSecond, int burst, long nowNanos) {
      this.perNano = perSecond / 1e9;
      this.burst = burst;
      this.tokens = burst;
      this.lastNanos = nowNanos;
    }

    static Supplier<Limit> of(double perSecond, int burst) {
      return () -> new Bucket(perSecond, burst, System.nanoTime());
    }

    @Override
    public synchronized OptionalLong take(long nowNanos) {
      refill(nowNanos);
      if (tokens >= 1) {
        tokens -= 1;
        return OptionalLong.empty();
      }
      return OptionalLong.of((long) Math.ceil((1 - tokens) / perNano));
    }

    @Override
    public synchronized boolean fits(long nowNanos) {
      refill(nowNanos);
      return tokens >= 1;
    }

    private void refill(long nowNanos) {
      tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * perNano);
      lastNanos = nowNanos;
    }
  }

  /** At most {@code count} requests in any {@code periodNanos}, counted when they arrive. */
  static final class Window implements Limit {
    private final int count;
    private final long periodNanos;
    private final ArrayDeque<Long> taken = new ArrayDeque<>();

    Window(int count, long periodNanos) {
      this.count = count;
      this.periodNanos = periodNanos;
    }

    static Supplier<Limit> of(int count, long periodSeconds) {
      return () -> new Window(count, periodSeconds * 1_000_000_000L);
    }

    @Override
    public synchronized OptionalLong take(long nowNanos) {
      expire(nowNanos);
      if (taken.size() < count) {
        taken.addLast(nowNanos);
        return OptionalLong.empty();
      }
      return OptionalLong.of(taken.peekFirst() + periodNanos - nowNanos);
    }

    @Override
    public synchronized boolean fits(long nowNanos) {
      expire(nowNanos);
      return taken.size() < count;
    }

    private void expire(long nowNanos) {
      while (!taken.isEmpty() && taken.peekFirst() <= nowNanos - periodNanos) {
        taken.removeFirst();
      }
    }
  }

  /** One limit per key (workspace, channel, conversation, tenant), made on first use. */
  static final class PerKey {
    private final Supplier<Limit> make;
    private final Map<String, Limit> limits = new ConcurrentHashMap<>();

    PerKey(Supplier<Limit> make) {
      this.make = make;
    }

    Limit of(String key) {
      return limits.computeIfAbsent(key, k -> make.get());
    }
  }

  /**
   * Takes one request from every limit or from none: the nanoseconds until all would fit when one
   * does not. Callers hold the org's lock so that two requests cannot both pass the check.
   */
  static OptionalLong takeAll(long nowNanos, Limit... limits) {
    long wait = 0;
    for (Limit limit : limits) {
      if (!limit.fits(nowNanos)) {
        OptionalLong until = probe(limit, nowNanos);
        wait = Math.max(wait, until.orElse(1));
      }
    }
    if (wait > 0) {
      return OptionalLong.of(wait);
    }
    for (Limit limit : limits) {
      limit.take(nowNanos);
    }
    return OptionalLong.empty();
  }

  private static OptionalLong probe(Limit limit, long nowNanos) {
    // take() on a full limit counts nothing and names the wait
    return limit.take(nowNanos);
  }
}
