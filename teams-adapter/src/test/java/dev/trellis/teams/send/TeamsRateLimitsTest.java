package dev.trellis.teams.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class TeamsRateLimitsTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
  private final TeamsRateLimits limits = new TeamsRateLimits(clock);

  @Test
  void oneConversationNeverGetsMoreThanSevenInASecondNorMoreThan1800InAnHour() {
    Deque<Instant> admitted = new ArrayDeque<>();
    int maxPerSecond = 0;
    int maxPerHour = 0;
    // Someone tries every 50 ms for three hours; no sleeping, the clock is moved.
    for (int i = 0; i < 3 * 72_000; i++) {
      if (limits.tryAcquire("tenant", "a:1").isZero()) {
        admitted.addLast(clock.instant());
        Instant now = clock.instant();
        while (!admitted.peekFirst().isAfter(now.minus(Duration.ofHours(1)))) {
          admitted.removeFirst();
        }
        maxPerHour = Math.max(maxPerHour, admitted.size());
        maxPerSecond =
            Math.max(
                maxPerSecond,
                (int)
                    admitted.stream()
                        .filter(t -> t.isAfter(now.minus(Duration.ofSeconds(1))))
                        .count());
      }
      clock.advance(Duration.ofMillis(50));
    }
    assertThat(maxPerSecond).isLessThanOrEqualTo(7);
    assertThat(maxPerHour).isBetween(1_700, 1_800);
  }

  @Test
  void overTheLimitItAnswersTheWaitAndTakesNothing() {
    for (int i = 0; i < 3; i++) {
      assertThat(limits.tryAcquire("tenant", "a:1")).isZero();
    }
    assertThat(limits.tryAcquire("tenant", "a:1")).isEqualTo(Duration.ofMillis(250));
    assertThat(limits.tryAcquire("tenant", "a:1")).isEqualTo(Duration.ofMillis(250));

    clock.advance(Duration.ofMillis(250));
    assertThat(limits.tryAcquire("tenant", "a:1")).isZero();
    assertThat(limits.tryAcquire("tenant", "a:2")).isZero();
  }

  @Test
  void aTenantGetsAtMostThirtyRequestsASecondAcrossItsConversations() {
    int admitted = 0;
    for (int second = 0; second < 10; second++) {
      int thisSecond = 0;
      for (int c = 0; c < 100; c++) {
        if (limits.tryAcquire("tenant", "a:" + c + ":" + second).isZero()) {
          thisSecond++;
        }
      }
      assertThat(thisSecond).isLessThanOrEqualTo(30);
      admitted += thisSecond;
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(admitted).isEqualTo(15 + 9 * 15);
    assertThat(limits.tryAcquire("other-tenant", "a:1")).isZero();
  }

  @Test
  void aPauseHoldsTheConversationUntilItEnds() {
    limits.pauseUntil("tenant", "a:1", clock.instant().plusSeconds(30));

    assertThat(limits.tryAcquire("tenant", "a:1")).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.tryAcquire("tenant", "a:2")).isZero();
    clock.advance(Duration.ofSeconds(30));
    assertThat(limits.tryAcquire("tenant", "a:1")).isZero();
  }
}
