package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailedAdminLoginsTest {

  private final TestClock clock = new TestClock();

  @Test
  void manyAddressesNeverGrowItPastItsLimitAndAKnockingBlockedSourceStays() {
    FailedAdminLogins logins = new FailedAdminLogins(clock, 100);
    for (int i = 0; i <= FailedAdminLogins.MAX_FAILURES; i++) {
      logins.failed("10.0.0.1");
    }

    for (int i = 0; i < 100_000; i++) {
      logins.failed("10.1." + (i / 256) % 256 + "." + i % 256 + "-" + i);
      if (i % 50 == 0) {
        assertThat(logins.blockedFor("10.0.0.1")).as("still knocking").isPresent();
      }
    }

    assertThat(logins.sourcesKept()).isEqualTo(100);
    assertThat(logins.blockedFor("10.0.0.1")).isPresent();
  }

  @Test
  void theTwentyFirstFailureWithinAMinuteBlocksForAMinute() {
    FailedAdminLogins logins = new FailedAdminLogins(clock, 10);
    for (int i = 0; i < 20; i++) {
      assertThat(logins.failed("10.0.0.1")).isFalse();
      clock.advance(Duration.ofSeconds(2));
    }

    assertThat(logins.failed("10.0.0.1")).isTrue();
    assertThat(logins.blockedFor("10.0.0.1")).contains(Duration.ofMinutes(1));
    assertThat(logins.blockedFor("10.0.0.2")).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(logins.blockedFor("10.0.0.1")).isEmpty();
    assertThat(logins.failed("10.0.0.1")).as("a fresh start after the block").isFalse();
  }

  @Test
  void anAddressFromAHeaderIsCutToTheCharactersOfAnAddress() {
    assertThat(FailedAdminLogins.sourceOf("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(FailedAdminLogins.sourceOf("2001:db8::1%eth0")).isEqualTo("2001:db8::1%eth0");
    assertThat(FailedAdminLogins.sourceOf("1.2.3.4\n2026 WARN forged line"))
        .isEqualTo("1.2.3.4_2026_WARN_forged_line");
    assertThat(FailedAdminLogins.sourceOf("x".repeat(500))).hasSize(64);
    assertThat(FailedAdminLogins.sourceOf(null)).isEqualTo("unknown");
  }
}
