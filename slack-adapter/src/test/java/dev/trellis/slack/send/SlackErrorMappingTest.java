package dev.trellis.slack.send;

import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static dev.trellis.slack.send.SlackFixtures.error;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each of Slack's answers to chat.postMessage, and what the outbox is told. */
class SlackErrorMappingTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final Recipient RECIPIENT =
      new Recipient(ORG, new PersonId("p-1"), Platform.SLACK, "W012A3CDE");
  private static final OutboundMessage MESSAGE = OutboundMessage.builder("Hello").build();

  /** One server for the many cases here; each test starts from no stubs and fresh limits. */
  private static final SlackApiStub slack = new SlackApiStub();

  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final SlackPlatform platform =
      new SlackPlatform(
          new SlackCaller(
              slack.client(), org -> Optional.of(TOKEN), new SlackRateLimits(clock), clock),
          new RecordingRenderer());

  @BeforeEach
  void forgetStubs() {
    slack.server().resetAll();
  }

  @AfterAll
  static void stopSlack() {
    slack.close();
  }

  @ParameterizedTest(name = "{0} -> unreachable={1}")
  @CsvSource({
    "user_not_found, true",
    "users_not_found, true",
    "user_disabled, true",
    "cannot_dm_bot, true",
    "channel_not_found, true",
    "is_archived, true",
    "not_in_channel, true",
    "account_inactive, false",
    "invalid_auth, false",
    "not_authed, false",
    "token_revoked, false",
    "token_expired, false",
    "missing_scope, false",
    "messages_tab_disabled, false",
    "invalid_arguments, false",
    "invalid_blocks, false",
    "too_many_attachments, false",
    "msg_too_long, false",
    "some_new_error_slack_invents, false"
  })
  void okFalseErrorsFailForGood(String code, boolean unreachable) {
    slack.answer("chat.postMessage", error(code));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(new Delivery.Failed("slack chat.postMessage: " + code, unreachable));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "users.info.error.user_not_found, user_not_found, true",
    "conversations.open.error.channel_not_found, channel_not_found, true",
    "auth.test.error.invalid_auth, invalid_auth, false",
    "chat.postMessage.error.too_many_attachments, too_many_attachments, false"
  })
  void slacksOwnErrorBodiesMapTheSameWay(String fixture, String code, boolean unreachable) {
    slack.answer("chat.postMessage", webApi(fixture));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(new Delivery.Failed("slack chat.postMessage: " + code, unreachable));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"internal_error", "fatal_error", "service_unavailable", "request_timeout"})
  void slacksPassingTroubleIsRetried(String code) {
    slack.answer("chat.postMessage", error(code));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(Delivery.RetryLater.transientFailure("slack chat.postMessage: " + code));
  }

  @Test
  void okFalseRatelimitedIsThrottling() {
    slack.answer(
        "chat.postMessage", json(200, error("ratelimited")).withHeader("Retry-After", "30"));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(30),
                true,
                "slack chat.postMessage: ratelimited",
                Delivery.Holds.MESSAGE));
  }

  @Test
  void a429WithoutRetryAfterIsStillThrottling() {
    slack.answer("chat.postMessage", json(429, webApi("ratelimited.429.body")));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ZERO, true, "slack chat.postMessage: HTTP 429", Delivery.Holds.MESSAGE));
  }

  @Test
  void anErrorCodeOnAnotherHttpStatusIsMappedByItsCode() {
    slack.answer("chat.postMessage", json(400, error("invalid_auth")));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(new Delivery.Failed("slack chat.postMessage: invalid_auth", false));
  }

  @Test
  void aClientErrorWithoutACodeFailsForGood() {
    slack.answer("chat.postMessage", json(404, "not found"));

    assertThat(platform.deliver(RECIPIENT, MESSAGE))
        .isEqualTo(new Delivery.Failed("slack chat.postMessage: HTTP 404", false));
  }
}
