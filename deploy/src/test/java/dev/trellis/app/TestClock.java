package dev.trellis.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests set and move; import {@link Wiring} to make it the service's clock. */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public TestClock() {
    this(new AtomicReference<>(Instant.parse("2026-10-21T12:00:00Z")), ZoneOffset.UTC);
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

  /** The same moving instant, seen in another zone. */
  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }

  /**
   * Replaces the service's system clock with a {@link TestClock} when a test {@code @Import}s it.
   * Deliberately not a {@code @Configuration}, so component scanning never picks it up.
   */
  public static class Wiring {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
