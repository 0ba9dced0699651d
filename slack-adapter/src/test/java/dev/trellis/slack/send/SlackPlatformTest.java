package dev.trellis.slack.send;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.slack.send.SlackApiStub.TOKEN;
import static dev.trellis.slack.send.SlackApiStub.json;
import static dev.trellis.slack.send.SlackFixtures.error;
import static dev.trellis.slack.send.SlackFixtures.webApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackPlatformTest {

  private static final OrgId ORG = new OrgId("T012AB3C4");
  private static final OrgId UNINSTALLED_ORG = new OrgId("T0UNINSTALLED");
  private static final String USER = "W012A3CDE";
  private static final Recipient RECIPIENT =
      new Recipient(ORG, new PersonId("p-1"), Platform.SLACK, USER);
  private static final OutboundMessage PROMPT =
      OutboundMessage.builder("What did you learn this week?")
          .header("Friday reflection")
          .button(Button.of("reflection.skip", "Skip", "prompt-1"))
          .build();
  private static final Form FORM =
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

  private final SlackApiStub slack = new SlackApiStub();
  private final TestClock clock = new TestClock(Instant.parse("2025-03-07T14:00:00Z"));
  private final RecordingRenderer renderer = new RecordingRenderer();
  private final SlackPlatform platform =
      new SlackPlatform(
          new SlackCaller(
              slack.client(),
              org -> org.equals(ORG) ? Optional.of(TOKEN) : Optional.empty(),
              new SlackRateLimits(clock),
              clock),
          renderer);

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void isSlack() {
    assertThat(platform.platform()).isEqualTo(Platform.SLACK);
  }

  @Test
  void deliversToThePersonsAppDmWithBlocksAndFallbackText() {
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    Delivery delivery = platform.deliver(RECIPIENT, PROMPT);

    assertThat(delivery)
        .isEqualTo(
            new Delivery.Delivered(new MessageRef(Platform.SLACK, "C1H9RESGL:1503435956.000247")));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("channel", equalTo(USER))
                .withFormParam("text", equalTo("Friday reflection\nWhat did you learn this week?"))
                .withFormParam("blocks", matchingJsonPath("$[0].type", equalTo("section")))
                .withFormParam(
                    "blocks",
                    matchingJsonPath("$[0].text.text", equalTo("What did you learn this week?")))
                .withFormParam("unfurl_links", equalTo("0")));
  }

  @Test
  void updatesTheMessageWhereSlackPutIt() {
    slack.answer(
        "chat.update",
        "{\"ok\":true,\"channel\":\"C1H9RESGL\",\"ts\":\"1503435956.000247\",\"text\":\"x\"}");
    MessageRef ref = new MessageRef(Platform.SLACK, "C1H9RESGL:1503435956.000247");

    Delivery delivery = platform.update(RECIPIENT, ref, PROMPT);

    assertThat(delivery).isEqualTo(new Delivery.Delivered(ref));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.update"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("channel", equalTo("C1H9RESGL"))
                .withFormParam("ts", equalTo("1503435956.000247"))
                .withFormParam("blocks", matchingJsonPath("$[0].type", equalTo("section"))));
  }

  @Test
  void refusesToUpdateWhatIsNotAMessageReference() {
    Delivery delivery =
        platform.update(RECIPIENT, new MessageRef(Platform.SLACK, "view:VMHU10V25"), PROMPT);

    assertThat(delivery).isEqualTo(new Delivery.Failed("not a Slack message reference", false));
    slack.server().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void opensAFormAsAModalWithTheTrigger() {
    slack.answer("views.open", webApi("views.open.ok"));

    Delivery delivery = platform.openForm(RECIPIENT, FORM, "12345.98765.abcd2358fdea");

    assertThat(delivery)
        .isEqualTo(new Delivery.Delivered(new MessageRef(Platform.SLACK, "view:VMHU10V25")));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/views.open"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("trigger_id", equalTo("12345.98765.abcd2358fdea"))
                .withFormParam("view", matchingJsonPath("$.type", equalTo("modal")))
                .withFormParam(
                    "view", matchingJsonPath("$.callback_id", equalTo("reflection.answer"))));
  }

  @Test
  void withoutATriggerSendsTheFormAsAMessage() {
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    Delivery delivery = platform.openForm(RECIPIENT, FORM, " ");

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    assertSentAsMessage();
  }

  @Test
  void whenTheTriggerExpiredSendsTheFormAsAMessage() {
    slack.answer("views.open", error("expired_trigger_id"));
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    Delivery delivery = platform.openForm(RECIPIENT, FORM, "12345.98765.abcd2358fdea");

    assertThat(delivery).isInstanceOf(Delivery.Delivered.class);
    assertSentAsMessage();
  }

  private void assertSentAsMessage() {
    OutboundMessage sent = renderer.rendered().get(0);
    assertThat(sent.header()).contains("Your reflection");
    assertThat(sent.inputs()).isEqualTo(FORM.inputs());
    assertThat(sent.text()).isEqualTo(FormAsMessage.HOW_TO_OPEN);
    assertThat(sent.buttons()).isEmpty();
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withFormParam("channel", equalTo(USER)));
  }

  @Test
  void aFormSlackRefusesFailsWithoutBlamingThePerson() {
    slack.answer("views.open", webApi("views.open.error.invalid_arguments"));

    assertThat(platform.openForm(RECIPIENT, FORM, "12345.98765.abcd2358fdea"))
        .isEqualTo(new Delivery.Failed("slack views.open: invalid_arguments", false));
  }

  @Test
  void http429sForSeveralPeopleInARowHoldTheWholeWorkspace() {
    slack.answer(
        "chat.postMessage",
        json(429, webApi("ratelimited.429.body")).withHeader("retry-after", "2"));

    List<Delivery> answers = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      answers.add(
          platform.deliver(
              new Recipient(ORG, new PersonId("p" + i), Platform.SLACK, "U0000000" + i), PROMPT));
    }

    assertThat(answers)
        .extracting(d -> ((Delivery.RetryLater) d).holds())
        .containsExactly(
            Delivery.Holds.MESSAGE,
            Delivery.Holds.MESSAGE,
            Delivery.Holds.MESSAGE,
            Delivery.Holds.ORG);
    slack.server().verify(4, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @Test
  void http429IsThrottlingWithSlacksRetryAfterAndHoldsThatChannelUntilThen() {
    slack.answer(
        "chat.postMessage",
        json(429, webApi("ratelimited.429.body")).withHeader("retry-after", "1"));

    Delivery first = platform.deliver(RECIPIENT, PROMPT);
    Delivery second = platform.deliver(RECIPIENT, PROMPT);

    assertThat(first)
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(1),
                true,
                "slack chat.postMessage: HTTP 429",
                Delivery.Holds.MESSAGE));
    assertThat(second).isInstanceOf(Delivery.RetryLater.class);
    assertThat(((Delivery.RetryLater) second).throttled()).isTrue();
    assertThat(((Delivery.RetryLater) second).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    slack.server().verify(1, postRequestedFor(urlEqualTo("/api/chat.postMessage")));

    clock.advance(Duration.ofSeconds(1));
    platform.deliver(RECIPIENT, PROMPT);
    slack.server().verify(2, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @Test
  void aFourthMessageToOnePersonAtOnceWaitsForTheChannelLimitWithoutCallingSlack() {
    slack.answer("chat.postMessage", webApi("chat.postMessage.ok"));

    for (int i = 0; i < 3; i++) {
      assertThat(platform.deliver(RECIPIENT, PROMPT)).isInstanceOf(Delivery.Delivered.class);
    }
    Delivery fourth = platform.deliver(RECIPIENT, PROMPT);

    assertThat(fourth)
        .isEqualTo(
            new Delivery.RetryLater(
                Duration.ofSeconds(1),
                true,
                "slack chat.postMessage: waiting for Trellis's own rate limit",
                Delivery.Holds.MESSAGE));
    slack.server().verify(3, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @Test
  void serverErrorsArePassingFailures() {
    slack.answer("chat.postMessage", json(503, "upstream unavailable"));

    assertThat(platform.deliver(RECIPIENT, PROMPT))
        .isEqualTo(Delivery.RetryLater.transientFailure("slack chat.postMessage: HTTP 503"));
  }

  @Test
  void aBrokenConnectionIsAPassingFailure() {
    slack.answer("chat.postMessage", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    Delivery delivery = platform.deliver(RECIPIENT, PROMPT);

    assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
    Delivery.RetryLater later = (Delivery.RetryLater) delivery;
    assertThat(later.throttled()).isFalse();
    assertThat(later.reason()).startsWith("slack chat.postMessage: ").contains("Exception");
  }

  @Test
  void anOrgWithoutABotTokenIsNotInstalled() {
    Recipient elsewhere = new Recipient(UNINSTALLED_ORG, new PersonId("p-2"), Platform.SLACK, USER);

    assertThat(platform.deliver(elsewhere, PROMPT))
        .isEqualTo(new Delivery.Failed("slack workspace not installed", false));
    slack.server().verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void reasonsNameTheErrorCodeNeverTheMessageText() {
    slack.answer("chat.postMessage", webApi("chat.postMessage.error.too_many_attachments"));

    Delivery delivery = platform.deliver(RECIPIENT, PROMPT);

    assertThat(delivery)
        .isEqualTo(new Delivery.Failed("slack chat.postMessage: too_many_attachments", false));
    slack
        .server()
        .verify(
            postRequestedFor(urlEqualTo("/api/chat.postMessage"))
                .withRequestBody(containing("channel=" + USER)));
  }
}
