package dev.trellis.teams.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.teams.send.ConnectorFixtures.connector;
import static dev.trellis.teams.send.ConnectorFixtures.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamsPlatformTest {

  private static final OrgId ORG = new OrgId("fabrikam");
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String AAD = "9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c";
  private static final String CONVERSATION = "a:1Fz_K3xQ";
  private static final String ACTIVITIES = "/amer/v3/conversations/a%3A1Fz_K3xQ/activities";
  private static final Recipient RECIPIENT =
      new Recipient(ORG, new PersonId("p-1"), Platform.TEAMS, AAD);
  private static final OutboundMessage PROMPT =
      OutboundMessage.builder("What did you learn this week?").header("Friday reflection").build();

  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T15:00:00Z"));
  private final ConnectorStub stub = new ConnectorStub(clock);
  private final InMemoryTeamsConversations conversations = new InMemoryTeamsConversations();
  private final TeamsRateLimits limits = new TeamsRateLimits(clock);

  TeamsPlatformTest() {
    conversations.save(
        new TeamsConversation(
            ORG,
            AAD,
            stub.serviceUrl(),
            CONVERSATION,
            TENANT,
            "28:00000000-0000-0000-0000-00000000a99d",
            "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbp",
            clock.instant()));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private TeamsPlatform platform(TeamsProperties properties) {
    return new TeamsPlatform(
        stub.connector(properties), conversations, new TextCardRenderer(), limits, clock);
  }

  private TeamsPlatform platform() {
    return platform(ConnectorStub.PROPERTIES);
  }

  private void answerSend(ResponseDefinitionBuilder response) {
    stub.server.stubFor(post(urlEqualTo(ACTIVITIES)).willReturn(response));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void deliverPostsTheCardWithItsFallbackAsTextAndAnswersTheActivityAsRef() {
    answerSend(json(201, connector("send-to-conversation.response")));

    Delivery delivery = platform().deliver(RECIPIENT, PROMPT);

    assertThat(delivery)
        .isEqualTo(new Delivery.Delivered(TeamsMessageRefs.of(CONVERSATION, "1562094704.004000")));
    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES))
            .withHeader("Authorization", equalTo("Bearer " + ConnectorStub.TOKEN))
            .withRequestBody(matchingJsonPath("$.type", equalTo("message")))
            .withRequestBody(
                matchingJsonPath(
                    "$.text", equalTo("Friday reflection\nWhat did you learn this week?")))
            .withRequestBody(matchingJsonPath("$.textFormat", equalTo("plain")))
            .withRequestBody(
                matchingJsonPath(
                    "$.summary", equalTo("Friday reflection\nWhat did you learn this week?")))
            .withRequestBody(
                matchingJsonPath(
                    "$.attachments[0].contentType",
                    equalTo("application/vnd.microsoft.card.adaptive")))
            .withRequestBody(
                matchingJsonPath("$.attachments[0].content.type", equalTo("AdaptiveCard")))
            .withRequestBody(
                matchingJsonPath(
                    "$.attachments[0].content.body[0].text",
                    equalTo("What did you learn this week?"))));
  }

  @Test
  void theTokenComesFromClientCredentialsAndIsKeptUntilShortlyBeforeItExpires() {
    answerSend(json(201, connector("send-to-conversation.response")));
    TeamsPlatform platform = platform();

    platform.deliver(RECIPIENT, PROMPT);
    clock.advance(Duration.ofMinutes(50));
    platform.deliver(RECIPIENT, PROMPT);
    stub.server.verify(1, postRequestedFor(urlEqualTo(ConnectorStub.TOKEN_PATH)));

    clock.advance(Duration.ofMinutes(5));
    platform.deliver(RECIPIENT, PROMPT);

    stub.server.verify(
        2,
        postRequestedFor(urlEqualTo(ConnectorStub.TOKEN_PATH))
            .withRequestBody(containing("grant_type=client_credentials"))
            .withRequestBody(containing("client_id=00000000-0000-0000-0000-00000000a99d"))
            .withRequestBody(containing("scope=https%3A%2F%2Fapi.botframework.com%2F.default")));
  }

  @Test
  void withoutAnAppIdItSendsWithoutAToken() {
    answerSend(json(200, connector("send-to-conversation.response")));

    Delivery delivery =
        platform(new TeamsProperties("", "", "", "", "", true)).deliver(RECIPIENT, PROMPT);

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES)).withHeader("Authorization", absent()));
    stub.server.verify(0, postRequestedFor(urlEqualTo(ConnectorStub.TOKEN_PATH)));
  }

  @Test
  void updatePutsTheNewCardOnTheSameActivity() {
    stub.server.stubFor(
        put(urlEqualTo(ACTIVITIES + "/1562094704.004000"))
            .willReturn(json(200, "{\"id\":\"1562094704.004000\"}")));
    MessageRef ref = TeamsMessageRefs.of(CONVERSATION, "1562094704.004000");

    Delivery delivery =
        platform().update(RECIPIENT, ref, OutboundMessage.builder("Thanks, saved.").build());

    assertThat(delivery).isEqualTo(new Delivery.Delivered(ref));
    stub.server.verify(
        putRequestedFor(urlEqualTo(ACTIVITIES + "/1562094704.004000"))
            .withHeader("Authorization", equalTo("Bearer " + ConnectorStub.TOKEN))
            .withRequestBody(matchingJsonPath("$.type", equalTo("message")))
            .withRequestBody(matchingJsonPath("$.id", equalTo("1562094704.004000")))
            .withRequestBody(matchingJsonPath("$.text", equalTo("Thanks, saved.")))
            .withRequestBody(
                matchingJsonPath(
                    "$.attachments[0].content.body[0].text", equalTo("Thanks, saved."))));
  }

  @Test
  void updateOfSomethingThatIsNotATeamsReferenceIsRefused() {
    Delivery delivery =
        platform().update(RECIPIENT, new MessageRef(Platform.SLACK, "C1:1.2"), PROMPT);

    assertThat(delivery).isInstanceOf(Delivery.Failed.class);
    stub.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aFormGoesOutAsACardMessage() {
    answerSend(json(201, connector("send-to-conversation.response")));
    Form form =
        new Form(
            new ActionId("reflection.answer"),
            "Your reflection",
            List.of(
                new Input.Text(
                    "answer",
                    "What did you learn?",
                    true,
                    Optional.empty(),
                    Optional.empty(),
                    3000,
                    false)),
            "Save",
            "prompt-1");

    Delivery delivery = platform().openForm(RECIPIENT, form, "ignored-trigger");

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    stub.server.verify(
        postRequestedFor(urlEqualTo(ACTIVITIES))
            .withRequestBody(matchingJsonPath("$.text", equalTo("Your reflection")))
            .withRequestBody(
                matchingJsonPath(
                    "$.attachments[0].content.body[0].text", equalTo("Your reflection"))));
  }

  @Test
  void someoneWithoutAStoredConversationIsUnreachable() {
    Recipient stranger =
        new Recipient(
            ORG, new PersonId("p-2"), Platform.TEAMS, "6b7b3b2a-2c4b-4175-8582-41c9e685c1b5");

    Delivery delivery = platform().deliver(stranger, PROMPT);

    assertThat(delivery).isEqualTo(new Delivery.Failed(TeamsPlatform.NO_CONVERSATION, true));
    stub.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aGroupIsNeverSentToAndNobodyInItBecomesUnreachable() {
    answerSend(json(201, connector("send-to-conversation.response")));
    Recipient colleague =
        new Recipient(
            ORG, new PersonId("p-2"), Platform.TEAMS, "6b7b3b2a-2c4b-4175-8582-41c9e685c1b5");
    Recipient pair = Recipient.group(List.of(RECIPIENT, colleague));
    Form form =
        new Form(
            new ActionId("buddy.propose"),
            "Propose a time",
            List.of(new Input.Time("when", "When", Optional.empty(), true)),
            "Send",
            "pair-1");
    MessageRef ref = TeamsMessageRefs.of(CONVERSATION, "1562094704.004000");
    Delivery.Failed expected =
        new Delivery.Failed("Teams group chats are not opened by Trellis", false);

    assertThat(platform().deliver(pair, PROMPT)).isEqualTo(expected);
    assertThat(platform().openForm(pair, form, "")).isEqualTo(expected);
    assertThat(platform().update(pair, ref, PROMPT)).isEqualTo(expected);
    stub.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void http429IsThrottledForAsLongAsRetryAfterSaysAndHoldsTheConversation() {
    answerSend(json(429, "").withHeader("Retry-After", "7"));
    TeamsPlatform platform = platform();

    assertThat(platform.deliver(RECIPIENT, PROMPT))
        .isEqualTo(
            Delivery.RetryLater.throttled(Duration.ofSeconds(7)).holding(Delivery.Holds.MESSAGE));
    clock.advance(Duration.ofSeconds(2));
    assertThat(platform.deliver(RECIPIENT, PROMPT))
        .isEqualTo(
            Delivery.RetryLater.throttled(Duration.ofSeconds(5)).holding(Delivery.Holds.MESSAGE));
    stub.server.verify(1, postRequestedFor(urlEqualTo(ACTIVITIES)));
  }

  @Test
  void retryAfterMayBeAnHttpDate() {
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(10).atOffset(ZoneOffset.UTC));
    answerSend(json(429, "").withHeader("Retry-After", inTenSeconds));

    assertThat(platform().deliver(RECIPIENT, PROMPT))
        .isEqualTo(
            Delivery.RetryLater.throttled(Duration.ofSeconds(10)).holding(Delivery.Holds.MESSAGE));
  }

  @Test
  void serverErrorsAreRetriedLaterWithoutCountingAsThrottling() {
    answerSend(json(503, error("ServiceUnavailable")));

    Delivery delivery = platform().deliver(RECIPIENT, PROMPT);

    assertThat(delivery)
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ZERO, false, "Teams connector HTTP 503 ServiceUnavailable"));
  }

  @Test
  void aBotBlockedOrDisabledOrAGoneConversationMakesThePersonUnreachable() {
    for (String code : List.of("BotDisabledByAdmin", "ConversationBlockedByUser")) {
      answerSend(json(403, error(code)));
      assertThat(platform().deliver(RECIPIENT, PROMPT))
          .isEqualTo(new Delivery.Failed("Teams connector HTTP 403 " + code, true));
    }
    answerSend(json(404, error("ConversationNotFound")));
    assertThat(platform().deliver(RECIPIENT, PROMPT))
        .isEqualTo(new Delivery.Failed("Teams connector HTTP 404 ConversationNotFound", true));
  }

  @Test
  void otherRefusalsFailTheMessageNotThePerson() {
    answerSend(json(400, connector("error.400.bad-argument.bfslack-channel")));
    assertThat(platform().deliver(RECIPIENT, PROMPT))
        .isEqualTo(new Delivery.Failed("Teams connector HTTP 400 BadArgument", false));

    answerSend(json(400, connector("error.400.service-error.bfslack-channel")));
    assertThat(platform().deliver(RECIPIENT, PROMPT))
        .isEqualTo(new Delivery.Failed("Teams connector HTTP 400 ServiceError", false));

    answerSend(json(403, error("Forbidden")));
    assertThat(platform().deliver(RECIPIENT, PROMPT))
        .isEqualTo(new Delivery.Failed("Teams connector HTTP 403 Forbidden", false));

    clock.advance(Duration.ofSeconds(1)); // past the per-conversation limit of the three above
    answerSend(json(413, ""));
    assertThat(platform().deliver(RECIPIENT, PROMPT))
        .isEqualTo(new Delivery.Failed("Teams connector HTTP 413", false));
  }

  @Test
  void aRefusedTokenIsDroppedAndTheMessageRetried() {
    answerSend(json(401, error("Unauthorized")));
    TeamsPlatform platform = platform();

    assertThat(platform.deliver(RECIPIENT, PROMPT))
        .isEqualTo(
            new Delivery.RetryLater(Duration.ZERO, false, "Teams connector HTTP 401 Unauthorized"));
    platform.deliver(RECIPIENT, PROMPT);

    stub.server.verify(2, postRequestedFor(urlEqualTo(ConnectorStub.TOKEN_PATH)));
  }

  @Test
  void noTokenIsAPassingFailure() {
    stub.server.stubFor(
        post(urlEqualTo(ConnectorStub.TOKEN_PATH))
            .willReturn(json(401, "{\"error\":\"invalid_client\",\"error_description\":\"x\"}")));

    Delivery delivery = platform().deliver(RECIPIENT, PROMPT);

    assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
    assertThat(((Delivery.RetryLater) delivery).reason()).contains("invalid_client");
    assertThat(((Delivery.RetryLater) delivery).throttled()).isFalse();
    stub.server.verify(0, postRequestedFor(urlEqualTo(ACTIVITIES)));
  }

  @Test
  void aDroppedConnectionOrATimeoutIsAPassingFailure() {
    answerSend(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    Delivery reset = platform().deliver(RECIPIENT, PROMPT);

    stub.requestTimeout(Duration.ofSeconds(1));
    answerSend(json(201, connector("send-to-conversation.response")).withFixedDelay(1_500));
    Delivery slow = platform().deliver(RECIPIENT, PROMPT);

    for (Delivery delivery : List.of(reset, slow)) {
      assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
      assertThat(((Delivery.RetryLater) delivery).throttled()).isFalse();
    }
  }

  @Test
  void overTheConversationLimitItAnswersHowLongToWaitInsteadOfSending() {
    answerSend(json(201, connector("send-to-conversation.response")));
    TeamsPlatform platform = platform();

    for (int i = 0; i < 7; i++) {
      assertThat(platform.deliver(RECIPIENT, PROMPT)).isInstanceOf(Delivery.Delivered.class);
    }
    Delivery eighth = platform.deliver(RECIPIENT, PROMPT);
    Duration window = Duration.ofSeconds(1).plus(TeamsRateLimits.GUARD);
    assertThat(eighth)
        .isEqualTo(Delivery.RetryLater.throttled(window).holding(Delivery.Holds.MESSAGE));
    stub.server.verify(7, postRequestedFor(urlEqualTo(ACTIVITIES)));

    clock.advance(window);
    assertThat(platform.deliver(RECIPIENT, PROMPT)).isInstanceOf(Delivery.Delivered.class);
  }

  @Test
  void messageRefsSurviveIdsWithSeparators() {
    MessageRef ref = TeamsMessageRefs.of("19:abc@thread.skype;messageid=1|2", "1:x|y");

    assertThat(TeamsMessageRefs.parse(ref))
        .contains(new TeamsMessageRefs.Sent("19:abc@thread.skype;messageid=1|2", "1:x|y"));
    assertThat(TeamsMessageRefs.parse(TeamsMessageRefs.withoutActivity("a:1"))).isEmpty();
  }
}
