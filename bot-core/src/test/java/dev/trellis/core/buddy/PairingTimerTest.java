package dev.trellis.core.buddy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each pairing of a round is timed as {@code trellis.pairing}, with no tags. */
class PairingTimerTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void timeOnARegistryOfThisTest() {
    Metrics.addRegistry(registry);
  }

  @AfterEach
  void forgetTheRegistry() {
    Metrics.removeRegistry(registry);
  }

  @Test
  void aRoundIsPairedAndTimed() {
    PairingResult result =
        new PairingEngine()
            .pair(
                PairingRound.of(
                    PairingEngineTest.people("ann", "bob", "cat", "dan"), List.of(), 42));

    Timer timer = registry.find(PairingEngine.TIMER).timer();
    assertThat(result.groups()).hasSize(2);
    assertThat(timer).isNotNull();
    assertThat(timer.getId().getTags()).isEmpty();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }
}
