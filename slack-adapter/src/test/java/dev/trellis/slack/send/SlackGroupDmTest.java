package dev.trellis.slack.send;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static dev.trellis.slack.send.SlackFixtures.error;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A message to a group recipient: the group DM Trellis opens with conversations.open. */
class SlackGroupDmTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final Recipient ANN =
      new Recipient(ORG, new PersonId("ann"), Platform.SLACK, "W012A3CDE");
  private static final Recipient BOB =
      new Recipient(ORG, new PersonId("bob"), Platform.SLACK, "U2345678901");
  private static final Recipient CAT =
      new Recipient(ORG, new PersonId("cat"), Platform.SLACK, "U3456789012");
  private static final Recipient GROUP = Recipient.group(List.of(ANN, BOB, CAT));
  private static final String GROUP_DM = "D069C7QFK";
  private static final OutboundMessage INTRO =
      OutboundMessage.builder("You three are buddies this round.").header("Career buddies").build();

  /** One server for the many cases here; each test starts from no stubs and fresh limits. */
  private static final SlackApiStub slack = new SlackApiStub();

  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final SlackRateLimits limits = new SlackRateLimits(clock);
  private final SlackPlatform platform =
      new SlackPlatform(
          new SlackCaller(
              slack.client(),
              org -> org.equals(ORG) ? Optional.of(TOKEN) : Optional.empty(),
              limits,
              clock),
          new RecordingRenderer());

  @BeforeEach
  void forgetStubs() {
    slack.server().resetAll();
  }

  @AfterAll
  static void stopSlack() {
    slack.close();
  }

  @Test
  void whenTrellissOwnConversationsOpenBudgetIsSpentOnlyGroupMessagesWaitNotPersonalOnes() {
    slack.answer("conversations.open", webApi("conversations.open.ok"));
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));
    // Ten group DMs opened at once spend the burst Trellis allows itself.
    for (int i = 0; i < 10; i++) {
      assertThat(limits.tryAcquire(ORG, SlackMethod.CONVERSATIONS_OPEN, Optional.empty())).isZero();
    }

    Delivery group = platform.deliver(GROUP, INTRO);
    Delivery personal = platform.deliver(ANN, INTRO);

    assertThat(group)
        .isInstanceOfSatisfying(
            Delivery.RetryLater.class,
            later -> {
              assertThat(later.throttled()).isTrue();
              assertThat(later.holds()).isEqualTo(Delivery.Holds.MESSAGE);
              assertThat(later.reason()).contains("conversations.open");
            });
    assertThat(personal).isInstanceOf(Delivery.Delivered.class);
  }

  @Test
  void opensTheGroupDmWithTheMembersThenPostsIntoIt() {
    slack.answer("conversations.open", webApi("conversations.open.ok"));
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    Delivery delivery = platform.deliver(GROUP, INTRO);

    assertThat(delivery)
        .isEqualTo(
            new Delivery.Delivered(new MessageRef(Platform.SLACK, "C1H9RESGL:1503435956.000247")));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/conversations.open"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("users", equalTo("U2345678901,U3456789012,W012A3CDE")));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withFormParam("channel", equalTo(GROUP_DM))
                .withFormParam(
                    "text", equalTo("Career buddies\nYou three are buddies this round.")));
    assertThat(urlsInOrder()).containsExactly("/api/conversations.open", "/api/chat.postMessage");
  }

  @Test
  void aMessageToAGroupIsUpdatedInItsGroupDmWithoutOpeningItAgain() {
    slack.answer(
        "chat.update",
        "{\"ok\":true,\"channel\":\"C0GROUPDM\",\"ts\":\"1503435956.000247\",\"text\":\"x\"}");
    MessageRef ref = new MessageRef(Platform.SLACK, "C0GROUPDM:1503435956.000247");

    Delivery delivery = platform.update(GROUP, ref, INTRO);

    assertThat(delivery).isEqualTo(new Delivery.Delivered(ref));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.update"))
                .withFormParam("channel", equalTo("C0GROUPDM"))
                .withFormParam("ts", equalTo("1503435956.000247")));
    assertThat(urlsInOrder()).containsExactly("/api/chat.update");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "restricted_action",
        "not_allowed_token_type",
        "method_not_supported_for_channel_type",
        "user_not_found",
        "user_not_visible",
        "user_disabled",
        "cannot_dm_bot",
        "too_many_users",
        "not_enough_users",
        "invalid_users",
        "invalid_user_combination",
        "channel_not_found"
      })
  void whenSlackWillNotOpenTheGroupDmTheMessageFailsWithoutBlamingAnyone(String code) {
    slack.answer("conversations.open", error(code));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(
            new Delivery.Failed(
                "slack conversations.open: "
                    + code
                    + " (the workspace or these people do not allow Trellis a group DM)",
                false));
    slack.server().verify(0, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @Test
  void slacksOwnChannelNotFoundBodyMapsTheSameWay() {
    slack.answer("conversations.open", webApi("conversations.open.error.channel_not_found"));

    Delivery delivery = platform.deliver(GROUP, INTRO);

    assertThat(delivery).isInstanceOf(Delivery.Failed.class);
    assertThat(((Delivery.Failed) delivery).recipientUnreachable()).isFalse();
  }

  @Test
  void anInstallWithoutTheGroupDmScopeIsToldToReinstall() {
    slack.answer("conversations.open", error("missing_scope"));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(
            new Delivery.Failed(
                "slack conversations.open: missing_scope"
                    + " (the app needs the mpim:write scope, reinstall it)",
                false));
  }

  @Test
  void aRevokedTokenFailsAsForAnyMessage() {
    slack.answer("conversations.open", error("token_revoked"));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(new Delivery.Failed("slack conversations.open: token_revoked", false));
  }

  @Test
  void http429IsThrottlingAndHoldsConversationsOpenUntilRetryAfter() {
    slack.answer(
        "conversations.open",
        json(429, webApi("ratelimited.429.body")).withHeader("retry-after", "7"));

    Delivery first = platform.deliver(GROUP, INTRO);
    Delivery second = platform.deliver(GROUP, INTRO);

    assertThat(first)
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(7),
                true,
                "slack conversations.open: HTTP 429",
                Delivery.Holds.MESSAGE));
    assertThat(second).isInstanceOf(Delivery.RetryLater.class);
    assertThat(((Delivery.RetryLater) second).throttled()).isTrue();
    slack.server().verify(1, postRequestedFor(urlEqualTo("/api/conversations.open")));
    slack.server().verify(0, postRequestedFor(urlEqualTo("/api/chat.postMessage")));

    clock.advance(Duration.ofSeconds(7));
    platform.deliver(GROUP, INTRO);
    slack.server().verify(2, postRequestedFor(urlEqualTo("/api/conversations.open")));
  }

  @Test
  void okFalseRatelimitedIsThrottling() {
    slack.answer(
        "conversations.open", json(200, error("ratelimited")).withHeader("Retry-After", "30"));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(30),
                true,
                "slack conversations.open: ratelimited",
                Delivery.Holds.MESSAGE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"internal_error", "fatal_error", "service_unavailable", "request_timeout"})
  void slacksPassingTroubleIsRetried(String code) {
    slack.answer("conversations.open", error(code));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(Delivery.RetryLater.transientFailure("slack conversations.open: " + code));
  }

  @Test
  void serverErrorsArePassingFailures() {
    slack.answer("conversations.open", json(503, "upstream unavailable"));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(Delivery.RetryLater.transientFailure("slack conversations.open: HTTP 503"));
  }

  @Test
  void anAnswerWithoutAChannelIsAPassingFailure() {
    slack.answer("conversations.open", "{\"ok\":true}");

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(
            Delivery.RetryLater.transientFailure(
                "slack conversations.open: no channel in the answer"));
    slack.server().verify(0, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived"})
  void aPostTheGroupDmRefusesFailsWithoutBlamingAnyone(String code) {
    slack.answer("conversations.open", webApi("conversations.open.ok"));
    slack.answer("chat.postMessage", error(code));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(new Delivery.Failed("slack chat.postMessage: " + code, false));
  }

  @Test
  void aThrottledPostIntoTheGroupDmIsThrottling() {
    slack.answer("conversations.open", webApi("conversations.open.ok"));
    slack.answer(
        "chat.postMessage",
        json(429, webApi("ratelimited.429.body")).withHeader("retry-after", "1"));

    assertThat(platform.deliver(GROUP, INTRO))
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(1),
                true,
                "slack chat.postMessage: HTTP 429",
                Delivery.Holds.MESSAGE));
  }

  @Test
  void aGroupInAnOrgWithoutABotTokenIsNotInstalled() {
    Recipient elsewhere =
        Recipient.group(
            List.of(
                new Recipient(new OrgId("T0OTHER"), new PersonId("x"), Platform.SLACK, "U1"),
                new Recipient(new OrgId("T0OTHER"), new PersonId("y"), Platform.SLACK, "U2")));

    assertThat(platform.deliver(elsewhere, INTRO))
        .isEqualTo(new Delivery.Failed("slack workspace not installed", false));
    slack.server().verify(0, anyRequestedFor(anyUrl()));
  }

  /** What was called, first call first (WireMock lists the latest first). */
  private static List<String> urlsInOrder() {
    List<String> urls =
        new ArrayList<>(
            slack.server().getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(LoggedRequest::getUrl)
                .toList());
    Collections.reverse(urls);
    return urls;
  }
}
