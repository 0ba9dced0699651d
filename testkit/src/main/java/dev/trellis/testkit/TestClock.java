package dev.trellis.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests set and move by hand, safe to read from other threads. Seen in another zone ({@link
 * #withZone}) it is the same moving instant.
 */
public final class TestClock extends Clock {

  /** Where a clock starts when the test names no instant: Wednesday 21 October 2026, 12:00 UTC. */
  public static final Instant DEFAULT_START = Instant.parse("2026-10-21T12:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public TestClock() {
    this(DEFAULT_START);
  }

  public TestClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  public void advance(Duration duration) {
    now.updateAndGet(n -> n.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }
}
