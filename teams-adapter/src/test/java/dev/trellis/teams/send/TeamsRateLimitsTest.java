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
    for (int i = 0; i < 7; i++) {
      assertThat(limits.tryAcquire("tenant", "a:1")).isZero();
      clock.advance(Duration.ofMillis(100));
    }
    // The first of the seven leaves the window a second (and the guard) after it was taken.
    Duration wait = Duration.ofMillis(300).plus(TeamsRateLimits.GUARD);
    assertThat(limits.tryAcquire("tenant", "a:1")).isEqualTo(wait);
    assertThat(limits.tryAcquire("tenant", "a:1")).isEqualTo(wait);
    assertThat(limits.acquire("tenant", "a:1").wholeTenant()).isFalse();

    clock.advance(wait);
    assertThat(limits.tryAcquire("tenant", "a:1")).isZero();
    assertThat(limits.tryAcquire("tenant", "a:2")).isZero();
  }

  @Test
  void aTenantGetsThirtyRequestsInEverySecondAcrossItsConversationsAndNeverMore() {
    Deque<Instant> admitted = new ArrayDeque<>();
    int maxPerSecond = 0;
    int total = 0;
    // A request to a new conversation every 5 ms for ten seconds.
    for (int i = 0; i < 2_000; i++) {
      TeamsRateLimits.Wait wait = limits.acquire("tenant", "a:" + i);
      if (wait.duration().isZero()) {
        total++;
        Instant now = clock.instant();
        admitted.addLast(now);
        while (!admitted.peekFirst().isAfter(now.minus(Duration.ofSeconds(1)))) {
          admitted.removeFirst();
        }
        maxPerSecond = Math.max(maxPerSecond, admitted.size());
      } else {
        assertThat(wait.wholeTenant()).isTrue();
      }
      clock.advance(Duration.ofMillis(5));
    }
    assertThat(maxPerSecond).isEqualTo(30);
    // 30 in every window of 1.02 s: 98% of Teams' 30 a second.
    assertThat(total).isBetween(290, 300);
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
