package dev.trellis.slack.send;

import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static dev.trellis.slack.send.SlackFixtures.error;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every call that reaches Slack is counted by method and outcome; a call held back is not. */
class SlackCallCountsTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final Recipient RECIPIENT =
      new Recipient(ORG, new PersonId("p-1"), Platform.SLACK, "W012A3CDE");
  private static final OutboundMessage MESSAGE = OutboundMessage.builder("Hello").build();
  private static final SlackApiStub slack = new SlackApiStub();

  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final SlackPlatform platform =
      new SlackPlatform(
          new SlackCaller(
              slack.client(), org -> Optional.of(TOKEN), new SlackRateLimits(clock), clock),
          new RecordingRenderer());
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void countOnARegistryOfThisTest() {
    slack.server().resetAll();
    Metrics.addRegistry(registry);
  }

  @AfterEach
  void forgetTheRegistry() {
    Metrics.removeRegistry(registry);
  }

  @AfterAll
  static void stopSlack() {
    slack.close();
  }

  @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
  @CsvSource({
    "200, ok, ok",
    "200, ratelimited, throttled",
    "429, ratelimited, throttled",
    "503, '', retry",
    "200, internal_error, retry",
    "200, invalid_auth, failed",
    "404, '', failed"
  })
  void aCallIsCountedByItsOutcome(int status, String code, String outcome) {
    String body =
        code.equals("ok") ? webApi("chat.postMessage.ok") : code.isEmpty() ? "" : error(code);
    slack.answer("chat.postMessage", json(status, body));

    platform.deliver(RECIPIENT, MESSAGE);

    assertThat(count("chat.postMessage", outcome)).isEqualTo(1);
    assertThat(registry.find(SlackCaller.CALLS).counters())
        .as("no other series moved")
        .filteredOn(c -> c.count() > 0)
        .hasSize(1);
  }

  @Test
  void aCallTrellissOwnLimitHoldsBackIsNotCounted() {
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    for (int i = 0; i < 10; i++) {
      platform.deliver(RECIPIENT, MESSAGE);
    }

    int reachedSlack = slack.server().getAllServeEvents().size();
    assertThat(reachedSlack).as("the channel's limit held some back").isBetween(1, 9);
    assertThat(count("chat.postMessage", "ok")).isEqualTo(reachedSlack);
  }

  private double count(String method, String outcome) {
    Counter counter =
        registry
            .find(SlackCaller.CALLS)
            .tags("platform", "slack", "method", method, "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
