package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.app.TestClockWiring;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Wrong admin tokens are logged with the address and limited per address, on a clock the test
 * moves. The clock starts long before the other tests' clocks of this context, so a limit this test
 * leaves behind has ended by their time.
 */
@Import(TestClockWiring.class)
@TestPropertySource(properties = "trellis.scheduling.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class AdminLoginLimitTest extends AdminApiTestBase {

  private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
  private static final AtomicInteger tests = new AtomicInteger();
  private static final String WRONG = "wrong-token-ABCDEFGHIJKLMNOP";

  @Autowired TestClock clock;

  @BeforeEach
  void givenAnOrgOnAnEarlyClock() {
    clock.set(START.plus(Duration.ofHours(tests.getAndIncrement())));
    admin.createOrg(orgId);
  }

  @Test
  void moreThanTwentyWrongTokensInAMinuteAre429ForAMinuteEvenWithTheRightToken() {
    var guesser = admin.withToken(WRONG);
    for (int i = 0; i < 20; i++) {
      clock.advance(Duration.ofSeconds(2));
      assertThat(guesser.get("/api/admin/orgs/" + orgId).status())
          .as("try " + (i + 1))
          .isEqualTo(401);
    }

    Answer blocked = guesser.get("/api/admin/orgs/" + orgId);

    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.header("Retry-After")).hasValue("60");
    assertThat(blocked.json().at("/detail").asString()).contains("Too many failed admin logins");
    clock.advance(Duration.ofSeconds(30));
    Answer rightTokenMeanwhile = admin.get("/api/admin/orgs/" + orgId);
    assertThat(rightTokenMeanwhile.status()).isEqualTo(429);
    assertThat(rightTokenMeanwhile.header("Retry-After")).hasValue("30");
    assertThat(admin.withToken(null).get("/api/admin/orgs/" + orgId).status()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(31));

    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(200);
    assertThat(guesser.get("/api/admin/orgs/" + orgId).status()).isEqualTo(401);
  }

  @Test
  void twentyWrongTokensSpreadOverMoreThanAMinuteAreNotLimited() {
    var guesser = admin.withToken(WRONG);
    for (int i = 0; i < 30; i++) {
      clock.advance(Duration.ofSeconds(4));
      assertThat(guesser.get("/api/admin/orgs/" + orgId).status())
          .as("try " + (i + 1))
          .isEqualTo(401);
    }

    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(200);
  }

  @Test
  void callsWithoutAnyTokenAreNotCountedAsGuesses() {
    var anonymous = admin.withToken(null);
    for (int i = 0; i < 30; i++) {
      assertThat(anonymous.get("/api/admin/orgs/" + orgId).status()).isEqualTo(401);
    }

    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(200);
  }

  @Test
  void aWrongTokenIsLoggedOnceWithTheAddressAndNothingOfTheToken(CapturedOutput output) {
    admin.withToken(WRONG).get("/api/admin/orgs/" + orgId);
    admin
        .withToken("Basic-looking")
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(admin.base() + "/api/admin/orgs/" + orgId))
                .header("Authorization", "Basic " + WRONG));

    assertThat(output.getAll().lines().filter(l -> l.contains("authentication failed")))
        .hasSize(2)
        .allSatisfy(
            line -> {
              assertThat(line).contains("WARN").contains("authentication failed from 127.0.0.1");
              assertThat(line).doesNotContain("wrong-t").doesNotContain("ABCDEF");
            });
    assertThat(output.getAll()).doesNotContain("wrong-t").doesNotContain(WRONG.substring(12));
  }
}
