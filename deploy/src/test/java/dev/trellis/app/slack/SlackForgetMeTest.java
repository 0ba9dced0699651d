package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.UnclaimedCollections;
import dev.trellis.core.feature.Routes;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Forget-me on Slack, against the running service: Rita types a signed {@code /trellis forget-me},
 * presses "Erase everything", and the answer still reaches her through the interaction's response
 * URL although Trellis no longer knows her; no document names her Slack id afterwards.
 */
class SlackForgetMeTest extends SlackServiceTest {

  static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T10:00:00Z");

  private final AtomicInteger responses = new AtomicInteger();

  @Autowired Routes routes;

  @BeforeEach
  void givenRitaReportingToOlga() {
    clock.set(MONDAY_MORNING);
    AdminClient.Answer people =
        admin.postCsv(
            "/api/admin/orgs/" + org.value() + "/people",
            "email,name,manager_email,time_zone,slack_user_id\n"
                + String.join(",", email("olga"), "Olga", "", "Europe/Berlin", slackId("olga"))
                + "\n"
                + String.join(
                    ",", email("rita"), "Rita", email("olga"), "Europe/Berlin", slackId("rita"))
                + "\n");
    assertThat(people.status()).as(people.body()).isEqualTo(200);
  }

  @Test
  void ritaConfirmsAndIsToldEverythingIsErasedThoughTrellisNoLongerKnowsHer() throws Exception {
    trellis("rita", "goal add MARKER-FORGET Learn Kubernetes");
    Map<String, String> asked = trellis("rita", "forget-me");
    assertThat(asked.get("text")).startsWith("This erases everything Trellis keeps about you");

    String answer = press("rita", button(asked.get("blocks"), "Erase everything"));

    assertThat(answer).isEqualTo("Everything Trellis kept about you is erased. Goodbye!");
    for (String collection : db.listCollectionNames()) {
      for (Document d : db.getCollection(collection).find()) {
        assertThat(d.toJson())
            .as(collection)
            .doesNotContain(slackId("rita"))
            .doesNotContain(email("rita"))
            .doesNotContain("MARKER-FORGET");
      }
    }
    assertThat(trellis("olga", "settings").get("text")).isNotBlank();
  }

  @Test
  void aPressAfterTenMinutesErasesNothing() throws Exception {
    Map<String, String> asked = trellis("rita", "forget-me");
    clock.advance(Duration.ofMinutes(11));

    String answer = press("rita", button(asked.get("blocks"), "Erase everything"));

    assertThat(answer).startsWith("That button is more than 10 minutes old");
    assertThat(db.getCollection("people").countDocuments(new Document("email", email("rita"))))
        .isEqualTo(1);
  }

  /** The people of every test so far, with their platform ids, are erasable everywhere. */
  @Test
  void everyCollectionNamingAPersonIsClaimedByAnErasure() {
    assertThat(UnclaimedCollections.in(db, routes)).isEmpty();
    assertThat(routes.erasedCollections())
        .contains("person_identities", "people", "outbox", "inbox", "slack_installations");
  }

  /** The person types {@code /trellis <text>}; answers the ephemeral answer's fields. */
  private Map<String, String> trellis(String name, String text) throws Exception {
    clock.advance(Duration.ofSeconds(5));
    String respondTo = "forget-" + suffix + "-" + responses.incrementAndGet();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(
                TEAM, slackId(name), "/trellis", text, SlackStandIn.responseUrl(slack, respondTo)),
            FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    return jsonOf(await(() -> respondedTo(respondTo), 1).get(0));
  }

  /** Presses a button as the person; answers the text of the reply to it. */
  private String press(String name, JsonNode button) throws Exception {
    String respondTo = "press-" + suffix + "-" + responses.incrementAndGet();
    requests.press(TEAM, slackId(name), button, SlackStandIn.responseUrl(slack, respondTo));
    return jsonOf(await(() -> respondedTo(respondTo), 1).get(0)).get("text");
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private String slackId(String name) {
    return "W" + name.toUpperCase() + suffix;
  }

  private java.util.List<com.github.tomakehurst.wiremock.verification.LoggedRequest> respondedTo(
      String name) {
    return slack.findAll(postRequestedFor(urlEqualTo("/respond/" + name)));
  }
}
