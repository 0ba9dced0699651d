package dev.trellis.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.schedule.LatePolicy.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LatePolicyTest {

  private static final Instant DUE = Instant.parse("2026-03-05T13:15:00Z");

  private final LatePolicy policy = LatePolicy.DEFAULT;

  @Test
  void shouldWaitForAStepThatIsNotDueYet() {
    assertThat(policy.decide(DUE, DUE.minusSeconds(1))).isEqualTo(Decision.WAIT);
  }

  @Test
  void shouldSendAStepThatIsDueNow() {
    assertThat(policy.decide(DUE, DUE)).isEqualTo(Decision.SEND_NOW);
  }

  @Test
  void shouldStillSendAStepUpToAnHourLate() {
    assertThat(policy.decide(DUE, DUE.plus(Duration.ofMinutes(59)))).isEqualTo(Decision.SEND_NOW);
    assertThat(policy.decide(DUE, DUE.plus(Duration.ofHours(1)))).isEqualTo(Decision.SEND_NOW);
  }

  @Test
  void shouldDropAStepMoreThanAnHourLate() {
    assertThat(policy.decide(DUE, DUE.plus(Duration.ofHours(1)).plusSeconds(1)))
        .isEqualTo(Decision.DROP);
    assertThat(policy.decide(DUE, DUE.plus(Duration.ofDays(3)))).isEqualTo(Decision.DROP);
  }

  @Test
  void shouldHonourAConfiguredLateness() {
    LatePolicy strict = new LatePolicy(Duration.ofMinutes(10));

    assertThat(strict.decide(DUE, DUE.plus(Duration.ofMinutes(10)))).isEqualTo(Decision.SEND_NOW);
    assertThat(strict.decide(DUE, DUE.plus(Duration.ofMinutes(11)))).isEqualTo(Decision.DROP);
  }

  @Test
  void shouldReadNowFromTheGivenClock() {
    Clock twoHoursLater = Clock.fixed(DUE.plus(Duration.ofHours(2)), ZoneOffset.UTC);

    assertThat(policy.decide(DUE, twoHoursLater)).isEqualTo(Decision.DROP);
  }

  @Test
  void shouldRefuseANegativeLateness() {
    assertThatThrownBy(() -> new LatePolicy(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1M");
  }
}
