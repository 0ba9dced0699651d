package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.MongoOpportunities;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The weekly opportunity digest on Slack, against the running service: Rita (Design) has a goal
 * that suits Pete's gig in Platform; on Monday at 10:00 in Berlin the digest reaches her DM with
 * why it suits and its "I'm interested" button, within Block Kit's limits. Olga, whose goal suits
 * nothing, and Pete, the poster, get none.
 */
@TestPropertySource(properties = "trellis.opportunities.weekly-digest=true")
class SlackOpportunityDigestTest extends SlackServiceTest {

  /** Sunday 15 November 2026, noon in Berlin. */
  static final Instant SUNDAY = Instant.parse("2026-11-15T11:00:00Z");

  /** Monday 16 November, just after 10:00 in Berlin. */
  static final Instant MONDAY_TEN = Instant.parse("2026-11-16T09:00:30Z");

  static final String DIGEST = "Opportunities for your goals";

  @Autowired People directory;

  @BeforeEach
  void givenRitaInDesignAndPeteInPlatform() {
    clock.set(SUNDAY);
    AdminClient.Answer people =
        admin.postCsv(
            "/api/admin/orgs/" + org.value() + "/people",
            "email,name,time_zone,department,slack_user_id\n"
                + String.join(
                    "\n", row("rita", "Design"), row("olga", "Design"), row("pete", "Platform"))
                + "\n");
    assertThat(people.status()).as(people.body()).isEqualTo(200);
  }

  @Test
  void ritasDigestExplainsTheMatchAndCarriesTheInterestedButton() throws Exception {
    trellis("rita", "goal add MARKER-GOAL Learn Kubernetes --direction lateral");
    trellis("olga", "goal add Speak at a conference");
    PersonId pete =
        directory.findAll(org).stream()
            .filter(p -> p.name().equals("Pete"))
            .findFirst()
            .orElseThrow()
            .id();
    new MongoOpportunities(db)
        .post(
            org,
            new OpportunityDraft(
                pete,
                "Cluster upgrade",
                OpportunityKind.GIG,
                Optional.empty(),
                List.of("kubernetes", "helm"),
                Optional.of("4 hours a week"),
                LocalDate.parse("2026-12-31")),
            SUNDAY);

    work.planEveryOrg();
    clock.set(MONDAY_TEN);
    work.runDueSteps();
    work.dispatch();

    Map<String, String> digest = await(() -> postsTo("rita", DIGEST), 1).get(0);
    String blocks = digest.get("blocks");
    assertThat(blocks)
        .contains("Cluster upgrade")
        .contains("Gig, 4 hours a week, closes 2026-12-31")
        .contains("Matches your goal *MARKER-GOAL Learn Kubernetes*, lateral; skill: kubernetes");
    JsonNode interested = button(blocks, "I'm interested");
    assertThat(interested.get("action_id").asString()).isEqualTo("opportunity.interested.1");
    assertThat(interested.get("value").asString()).isEqualTo(org.value() + ":1#1");
    JsonNode parsed = SlackRequests.JSON.readTree(blocks);
    assertThat(parsed.size()).isBetween(1, 50);
    assertThat(postsTo("olga", DIGEST)).isEmpty();
    assertThat(postsTo("pete", DIGEST)).isEmpty();
    for (Document seen : db.getCollection("opportunity_seen").find()) {
      assertThat(seen.toJson()).doesNotContain("MARKER").doesNotContain("Kubernetes");
    }
  }

  /** Rita (or anyone) types {@code /trellis <text>}; answers the ephemeral answer's fields. */
  private Map<String, String> trellis(String name, String text) throws Exception {
    clock.advance(Duration.ofSeconds(5));
    String respondTo = "digest-" + suffix + "-" + name + "-" + clock.instant().getEpochSecond();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(
                TEAM, slackId(name), "/trellis", text, SlackStandIn.responseUrl(slack, respondTo)),
            FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    return jsonOf(
        await(() -> slack.findAll(postRequestedFor(urlEqualTo("/respond/" + respondTo))), 1)
            .get(0));
  }

  private List<Map<String, String>> postsTo(String name, String start) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId(name)).stream()
        .map(SlackCalls::formOf)
        .filter(form -> form.getOrDefault("text", "").startsWith(start))
        .toList();
  }

  private String row(String name, String department) {
    return String.join(
        ",",
        name + "-" + suffix.toLowerCase() + "@example.com",
        Character.toUpperCase(name.charAt(0)) + name.substring(1),
        "Europe/Berlin",
        department,
        slackId(name));
  }

  private String slackId(String name) {
    return "W" + name.toUpperCase() + suffix;
  }
}
