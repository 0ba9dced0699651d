package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulingSettingsTest {

  @Test
  void theDefaultsAreValid() {
    assertThat(scheduling(Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(48)))
        .isNotNull();
  }

  @Test
  void givenAHorizonNoLongerThanThePlanningInterval_thenStartingFailsAndSaysWhy() {
    assertThatThrownBy(
            () -> scheduling(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(1)))
        .hasMessageContaining("TRELLIS_PLANNING_HORIZON (PT1H) must be longer than")
        .hasMessageContaining("TRELLIS_PLANNING_INTERVAL (PT1H)");
  }

  @Test
  void givenAZeroInterval_thenStartingFailsAndNamesTheSetting() {
    assertThatThrownBy(
            () -> scheduling(Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(48)))
        .hasMessageContaining("TRELLIS_STEP_INTERVAL must be a positive duration");
  }

  @Test
  void givenANegativeLateness_thenStartingFails() {
    assertThatThrownBy(
            () ->
                new TrellisProperties.Scheduling(
                    true,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(30),
                    Duration.ofMinutes(15),
                    Duration.ofHours(48),
                    Duration.ofMinutes(-1)))
        .hasMessageContaining("TRELLIS_MAX_LATENESS cannot be negative");
  }

  private static TrellisProperties.Scheduling scheduling(
      Duration stepInterval, Duration planningInterval, Duration horizon) {
    return new TrellisProperties.Scheduling(
        true, Duration.ofSeconds(1), stepInterval, planningInterval, horizon, Duration.ofHours(1));
  }
}
