package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.OrgId;
import dev.trellis.slack.BotTokens;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentBotTokensTest {

  private static final OrgId ACME = new OrgId("acme");

  private final Map<OrgId, String> stored = new HashMap<>();
  private final AtomicInteger lookups = new AtomicInteger();
  private final BotTokens source =
      orgId -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(stored.get(orgId));
      };
  private final TestClock clock = new TestClock();
  private final RecentBotTokens tokens = new RecentBotTokens(source, clock, Duration.ofSeconds(5));

  @Test
  void aTokenFoundIsKeptForAFewSecondsThenReadAgain() {
    stored.put(ACME, "xoxb-1");
    assertThat(tokens.forOrg(ACME)).contains("xoxb-1");
    stored.put(ACME, "xoxb-2");
    clock.advance(Duration.ofMillis(4_999));
    assertThat(tokens.forOrg(ACME)).contains("xoxb-1");
    assertThat(lookups).hasValue(1);

    clock.advance(Duration.ofMillis(1));
    assertThat(tokens.forOrg(ACME)).contains("xoxb-2");
    assertThat(lookups).hasValue(2);
  }

  @Test
  void noTokenIsNeverKeptSoAWorkspaceInstalledAMomentAgoIsSentToAtOnce() {
    assertThat(tokens.forOrg(ACME)).isEmpty();
    stored.put(ACME, "xoxb-new");
    assertThat(tokens.forOrg(ACME)).contains("xoxb-new");
  }

  @Test
  void anUninstallOrARefusedTokenForgetsWhatWasKept() {
    stored.put(ACME, "xoxb-1");
    tokens.forOrg(ACME);
    stored.remove(ACME);

    tokens.forgetKept();

    assertThat(tokens.forOrg(ACME)).isEmpty();
  }
}
