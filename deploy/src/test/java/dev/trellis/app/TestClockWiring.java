package dev.trellis.app;

import dev.trellis.testkit.TestClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the service's system clock with a {@link TestClock} when a test {@code @Import}s it.
 * Deliberately not a {@code @Configuration}, so component scanning never picks it up.
 */
public class TestClockWiring {
  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock();
  }
}
