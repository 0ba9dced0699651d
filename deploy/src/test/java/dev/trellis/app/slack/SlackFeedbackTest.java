package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.formOf;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.model.Filters;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Feedback on Slack, against the running service with signed requests: Rita (who reports to Maya)
 * asks Bob with {@code /feedback ask}; Bob answers in the modal the Answer button opens; the answer
 * reaches only Rita, who shares it with Maya. Everyone is in Berlin; Tuesday 1 December 2026, 15:00
 * there.
 */
class SlackFeedbackTest extends SlackServiceTest {

  static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-01T14:00:00Z");

  private final AtomicInteger responses = new AtomicInteger();

  String rita;
  String bob;
  String maya;
  String topic;

  @BeforeEach
  void givenRitaHerManagerMayaAndBob() {
    clock.set(TUESDAY_AFTERNOON);
    rita = "WRITA" + suffix;
    bob = "WBOB" + suffix;
    maya = "WMAYA" + suffix;
    topic = "MARKER-TOPIC-" + suffix + " my design review";
    AdminClient.Answer imported =
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,time_zone,slack_user_id\n"
                + String.join(",", email("maya"), "Maya", "", "Europe/Berlin", maya)
                + "\n"
                + String.join(",", email("rita"), "Rita", email("maya"), "Europe/Berlin", rita)
                + "\n"
                + String.join(",", email("bob"), "Bob", "", "Europe/Berlin", bob)
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  @Test
  void anAnswerGoesOnlyToTheAskerWhoSharesItWithHerManager() throws Exception {
    String marker = "MARKER-WELL-" + suffix;

    String asked = feedback(rita, "ask <@" + bob + "> about " + topic);
    assertThat(asked).contains("Asked Bob for feedback on").contains("stays open for 14 days");

    work.dispatch();
    LoggedRequest request = await(() -> postsTo(bob), 1).get(0);
    String blocks = formOf(request).get("blocks");
    assertThat(blocks).contains("Rita asks for your feedback");
    requests.press(TEAM, bob, button(blocks, "Answer"), responseUrl("answer"));
    JsonNode modal = lastModal();
    assertThat(modal.get("callback_id").asString()).isEqualTo("feedback.answer_form");
    HttpResponse<String> submitted =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM,
                bob,
                "feedback.answer_form",
                modal.get("private_metadata").asString(),
                Map.of("went_well", marker)),
            FORM);
    assertThat(submitted.statusCode()).isEqualTo(200);
    assertThat(submitted.body()).doesNotContain("errors");

    work.dispatch();
    LoggedRequest answer =
        await(
                () ->
                    postsTo(rita).stream()
                        .filter(r -> text(r).startsWith("Feedback from Bob"))
                        .toList(),
                1)
            .get(0);
    assertThat(formOf(answer).get("blocks")).contains(marker);
    requests.press(
        TEAM,
        rita,
        button(formOf(answer).get("blocks"), "Share with my manager"),
        responseUrl("share"));
    assertThat(jsonOf(await(() -> respondedTo("share"), 1).get(0)).get("text"))
        .startsWith("Shared with Maya.");

    assertThat(feedback(bob, "given")).contains(marker);
    assertThat(feedback(rita, "")).contains(marker).contains("(shared with your manager)");
    assertThat(feedback(maya, "")).doesNotContain(marker);
    assertThat(feedback(maya, "given")).doesNotContain(marker);
    assertThat(everythingSlackGot(bob)).noneMatch(b -> b.contains(marker));
    assertThat(everythingSlackGot(maya)).noneMatch(b -> b.contains(marker));
    assertThat(storedFeedback())
        .isNotEmpty()
        .noneMatch(d -> d.contains(marker))
        .noneMatch(d -> d.contains("MARKER-TOPIC"));
    everyMessageIsWithinBlockKitLimits();
  }

  @Test
  void wrongInputGetsAReasonAndAnExampleAndSendsNothing() throws Exception {
    assertThat(feedback(rita, "ask <@" + rita + "> about " + topic))
        .contains("You cannot ask yourself for feedback")
        .contains("For example: /feedback ask @bob about my design review");
    assertThat(feedback(rita, "ask @nobody about " + topic))
        .contains("I cannot find @nobody")
        .contains("For example: /feedback ask");
    assertThat(feedback(rita, "ask <@" + bob + "> about"))
        .contains("Say what the feedback is about.")
        .contains("Usage: /feedback ask");
    assertThat(feedback(rita, "ask <@" + bob + "> about " + "x".repeat(301)))
        .contains("Keep the topic to 300 characters (that one has 301).");
    assertThat(feedback(rita, "send <@" + bob + ">")).contains("is not a /feedback command");

    work.dispatch();
    Thread.sleep(200);
    assertThat(postsTo(bob)).isEmpty();
  }

  @Test
  void anExpiredRequestCannotBeAnsweredAndTheAskerIsToldOnce() throws Exception {
    feedback(rita, "ask <@" + bob + "> about " + topic);
    work.dispatch();
    String blocks = formOf(await(() -> postsTo(bob), 1).get(0)).get("blocks");

    clock.set(TUESDAY_AFTERNOON.plus(Duration.ofDays(7)));
    work.runDueSteps();
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(bob), 2).get(1)).get("text"))
        .startsWith("Reminder: feedback for Rita");
    clock.set(TUESDAY_AFTERNOON.plus(Duration.ofDays(14)));
    work.runDueSteps();
    work.dispatch();

    assertThat(
            await(
                () ->
                    postsTo(rita).stream()
                        .filter(r -> text(r).contains("closed after 14 days"))
                        .toList(),
                1))
        .hasSize(1);
    requests.press(TEAM, bob, button(blocks, "Answer"), responseUrl("late"));
    assertThat(jsonOf(await(() -> respondedTo("late"), 1).get(0)).get("text"))
        .startsWith("That request closed on Tuesday 15 December")
        .contains("/feedback give @rita");
    everyMessageIsWithinBlockKitLimits();
  }

  @Test
  void givingUnaskedOpensTheFormWithTheTopic() throws Exception {
    feedback(bob, "give <@" + rita + "> about the demo");
    JsonNode modal = lastModal();
    assertThat(modal.get("callback_id").asString()).isEqualTo("feedback.give_form");
    assertThat(modal.toString()).contains("the demo");

    HttpResponse<String> empty =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM,
                bob,
                "feedback.give_form",
                modal.get("private_metadata").asString(),
                Map.of("topic", "the demo")),
            FORM);
    assertThat(empty.body()).contains("errors").contains("Write what went well");
  }

  // --- helpers

  private String feedback(String slackId, String text) throws Exception {
    String name = "feedback-" + suffix + "-" + responses.incrementAndGet();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(TEAM, slackId, "/feedback", text, responseUrl(name)), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    if (text.startsWith("give ")) {
      await(() -> slack.findAll(postRequestedFor(urlEqualTo("/api/views.open"))), 1);
      return "";
    }
    Map<String, String> answer = jsonOf(await(() -> respondedTo(name), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    return answer.get("text") + "\n" + answer.get("blocks");
  }

  private JsonNode lastModal() throws InterruptedException {
    List<LoggedRequest> opened =
        await(() -> slack.findAll(postRequestedFor(urlEqualTo("/api/views.open"))), 1);
    return SlackRequests.JSON.readTree(formOf(opened.get(opened.size() - 1)).get("view"));
  }

  /** Every message and response Slack was given is within Block Kit's limits. */
  private void everyMessageIsWithinBlockKitLimits() {
    List<LoggedRequest> all =
        new ArrayList<>(slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))));
    for (LoggedRequest request : all) {
      Map<String, String> fields = formOf(request);
      assertThat(fields.getOrDefault("text", "")).hasSizeLessThanOrEqualTo(40_000);
      JsonNode blocks = SlackRequests.JSON.readTree(fields.getOrDefault("blocks", "[]"));
      assertThat(blocks.size()).isLessThanOrEqualTo(50);
      for (JsonNode block : blocks) {
        if ("section".equals(block.path("type").asString())) {
          assertThat(block.path("text").path("text").asString()).hasSizeLessThanOrEqualTo(3000);
        }
        if ("header".equals(block.path("type").asString())) {
          assertThat(block.path("text").path("text").asString()).hasSizeLessThanOrEqualTo(150);
        }
        if ("actions".equals(block.path("type").asString())) {
          assertThat(block.path("elements").size()).isLessThanOrEqualTo(25);
        }
      }
    }
  }

  private List<String> everythingSlackGot(String slackId) {
    List<String> bodies = new ArrayList<>();
    postsTo(slackId).forEach(r -> bodies.add(r.getBodyAsString()));
    slack.findAll(postRequestedFor(urlEqualTo("/api/views.publish"))).stream()
        .filter(r -> r.getBodyAsString().contains(slackId))
        .forEach(r -> bodies.add(r.getBodyAsString()));
    return bodies;
  }

  private List<String> storedFeedback() {
    List<String> raw = new ArrayList<>();
    for (Document d : db.getCollection("feedback").find(Filters.eq("orgId", org.value()))) {
      raw.add(d.toJson());
    }
    for (Document d : db.getCollection("outbox").find()) {
      raw.add(d.toJson());
    }
    return raw;
  }

  private static String text(LoggedRequest request) {
    return formOf(request).getOrDefault("text", "");
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private String orgPath(String rest) {
    return "/api/admin/orgs/" + org.value() + rest;
  }

  private String responseUrl(String name) {
    return SlackStandIn.responseUrl(slack, name);
  }

  private List<LoggedRequest> postsTo(String slackId) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId);
  }

  private List<LoggedRequest> respondedTo(String name) {
    return slack.findAll(postRequestedFor(urlEqualTo("/respond/" + name)));
  }
}
