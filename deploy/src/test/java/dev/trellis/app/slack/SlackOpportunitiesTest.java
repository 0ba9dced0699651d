package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Internal opportunities on Slack, against the running service with signed requests: Olga
 * (Platform) posts through the modal, Rita (Design, reporting to Nina) is interested, Olga answers
 * with Let's talk (a group DM) and Filled. Pete is Rita's peer. Monday 7 December 2026, 11:00 in
 * Berlin, where everyone works.
 */
class SlackOpportunitiesTest extends SlackServiceTest {

  static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T10:00:00Z");

  private final AtomicInteger responses = new AtomicInteger();

  @BeforeEach
  void givenOlgaInPlatformAndRitaInDesign() {
    clock.set(MONDAY_MORNING);
    // The workspace's org is shared by every Slack test: each of these starts with no postings.
    db.getCollection("opportunities").deleteMany(Filters.eq("orgId", org.value()));
    db.getCollection("opportunity_interests").deleteMany(Filters.eq("orgId", org.value()));
    AdminClient.Answer people =
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,department,time_zone,slack_user_id\n"
                + String.join(
                    "\n",
                    row("nina", null, "Design"),
                    row("olga", null, "Platform"),
                    row("pete", "nina", "Design"),
                    row("rita", "nina", "Design"))
                + "\n");
    assertThat(people.status()).as(people.body()).isEqualTo(200);
    slack.stubFor(
        post(urlEqualTo("/api/conversations.open"))
            .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"G" + suffix + "\"}}")));
  }

  @Test
  void aPostFromTheModalIsListedAndInterestReachesOnlyThePosterWhoTalksAndFills() throws Exception {
    JsonNode modal = postForm("olga");
    assertThat(modal.get("callback_id").asString()).isEqualTo("opportunity.post_form");
    assertThat(modal.toString()).contains("Platform").contains("Closes on");
    HttpResponse<String> posted =
        submit("olga", "Run the cluster upgrade", "stretch", "2026-12-31");
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).doesNotContain("errors");
    work.dispatch();
    assertThat(await(() -> postsTo("olga", "Posted opportunity 1"), 1)).hasSize(1);

    Map<String, String> list = trellis("rita", "opportunity list");
    assertThat(list.get("blocks"))
        .contains("1. Run the cluster upgrade")
        .contains("Stretch project · Platform · skills: kubernetes, go");
    String interested = press("rita", button(list.get("blocks"), "I'm interested in 1"));
    assertThat(interested)
        .isEqualTo(
            "Olga will hear privately that you are interested in opportunity 1: Run the cluster"
                + " upgrade. Your manager is not told.");
    work.dispatch();
    LoggedRequest toOlga = await(() -> postsTo("olga", "Rita is interested"), 1).get(0);
    assertThat(postsTo("nina", "")).isEmpty();
    assertThat(postsTo("pete", "")).isEmpty();
    assertThat(press("pete", button(formOf(toOlga).get("blocks"), "Filled")))
        .startsWith("That interest is not in an opportunity of yours");

    assertThat(press("olga", button(formOf(toOlga).get("blocks"), "Let's talk")))
        .isEqualTo("Opened a group chat with Rita about opportunity 1: Run the cluster upgrade.");
    work.dispatch();
    String pair =
        String.join(",", List.of(slackId("olga"), slackId("rita")).stream().sorted().toList());
    assertThat(await(() -> SlackCalls.accepted(slack, "/api/conversations.open", pair), 1))
        .hasSize(1);
    assertThat(
            await(() -> SlackCalls.accepted(slack, "/api/chat.postMessage", "G" + suffix), 1)
                .stream()
                .map(r -> formOf(r).get("text")))
        .anySatisfy(t -> assertThat(t).contains("Olga would like to talk with Rita"));

    assertThat(press("olga", button(formOf(toOlga).get("blocks"), "Filled")))
        .startsWith("Opportunity 1: Run the cluster upgrade is filled by Rita");
    work.dispatch();
    assertThat(await(() -> postsTo("rita", "Olga marked opportunity 1"), 1)).hasSize(1);
    assertThat(trellis("rita", "opportunity list").get("text"))
        .startsWith("Nothing open right now");
    assertThat(trellis("olga", "opportunity mine").get("blocks"))
        .contains("filled · 1 person interested");
    AdminClient.Answer counts = admin.get(orgPath("/opportunities/counts"));
    assertThat(counts.json().at("/counts").toString())
        .isEqualTo("{\"posted\":1,\"interestShown\":1,\"filled\":1,\"filledFromAnotherTeam\":1}");
  }

  @Test
  void thePersonMayTellTheirManagerAndOnlyThem() throws Exception {
    postForm("olga");
    submit("olga", "Run the cluster upgrade", "gig", "2026-12-31");
    Map<String, String> list = trellis("rita", "opportunity list");
    String respondTo = "press-" + suffix + "-" + responses.incrementAndGet();
    requests.press(
        TEAM,
        slackId("rita"),
        button(list.get("blocks"), "I'm interested in 1"),
        SlackStandIn.responseUrl(slack, respondTo));
    String confirmation = jsonOf(await(() -> respondedTo(respondTo), 1).get(0)).get("blocks");

    assertThat(press("pete", button(confirmation, "Tell Nina")))
        .startsWith("That interest is not yours to tell about.");
    assertThat(press("rita", button(confirmation, "Tell Nina")))
        .isEqualTo("Nina now knows you are interested in opportunity 1: Run the cluster upgrade.");
    work.dispatch();

    assertThat(await(() -> postsTo("nina", "Rita wanted you to know"), 1)).hasSize(1);
    assertThat(postsTo("pete", "")).isEmpty();
  }

  @Test
  void eachWrongInputIsAnsweredWithAReasonAndAnExample() throws Exception {
    assertThat(trellis("rita", "opportunity list").get("text"))
        .isEqualTo("Nothing open right now. Post one yourself: /trellis opportunity post");
    postForm("olga");
    HttpResponse<String> wrong = submit("olga", "", "promotion", "2026-12-01");
    assertThat(wrong.body())
        .contains("\"response_action\":\"errors\"")
        .contains("Give it a title, for example: Run the Q1 cluster upgrade")
        .contains("promotion\\u0027 is not a kind: use stretch, shadowing, mentoring, gig, role")
        .contains("2026-12-01 is in the past: choose today or a later day, for example 2026-12-21");
    HttpResponse<String> skills =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM,
                slackId("olga"),
                "opportunity.post_form",
                "",
                Map.of("title", "Gig", "skills", "x".repeat(41)),
                Map.of("kind", "gig"),
                Map.of("closes_on", "2026-12-31")),
            FORM);
    assertThat(skills.body()).contains("Keep each skill to 40 characters");
    work.dispatch();
    assertThat(postsTo("olga", "Posted")).isEmpty();

    submit("olga", "Run the cluster upgrade", "stretch", "2026-12-31");
    assertThat(trellis("rita", "opportunity close 1").get("text"))
        .isEqualTo(
            "Opportunity 1 is Olga's: only the person who posted it can close it. /trellis"
                + " opportunity mine lists yours.");
    assertThat(trellis("olga", "opportunity close 4").get("text"))
        .isEqualTo(
            "There is no opportunity 4. Yours open: 1. For example: /trellis opportunity close 1");
    assertThat(trellis("olga", "opportunity close first").get("text"))
        .startsWith(
            "'first' is not an opportunity number. For example: /trellis opportunity close 3");
    assertThat(trellis("olga", "opportunity apply").get("text"))
        .isEqualTo("Usage: /trellis opportunity post | list | mine | close &lt;n&gt;");
    assertThat(trellis("olga", "opportunity close 1").get("text"))
        .startsWith("Closed opportunity 1: Run the cluster upgrade.");
    assertThat(trellis("rita", "opportunity list").get("text")).startsWith("Nothing open");
  }

  // --- the requests

  private JsonNode postForm(String name) throws Exception {
    int before = slack.findAll(postRequestedFor(urlEqualTo("/api/views.open"))).size();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(
                TEAM,
                slackId(name),
                "/trellis",
                "opportunity post",
                SlackStandIn.responseUrl(slack, "post-" + suffix)),
            FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    List<LoggedRequest> opened =
        await(() -> slack.findAll(postRequestedFor(urlEqualTo("/api/views.open"))), before + 1);
    return SlackRequests.JSON.readTree(formOf(opened.get(opened.size() - 1)).get("view"));
  }

  private HttpResponse<String> submit(String name, String title, String kind, String closesOn)
      throws Exception {
    clock.advance(Duration.ofSeconds(5));
    return requests.post(
        SlackRequests.viewSubmission(
            TEAM,
            slackId(name),
            "opportunity.post_form",
            "",
            Map.of("title", title, "skills", "Kubernetes, Go", "time_needed", "4h a week"),
            Map.of("kind", kind),
            Map.of("closes_on", closesOn)),
        FORM);
  }

  /** The person types {@code /trellis <text>}; answers the ephemeral answer's fields. */
  private Map<String, String> trellis(String name, String text) throws Exception {
    clock.advance(Duration.ofSeconds(5));
    String respondTo = "opp-" + suffix + "-" + responses.incrementAndGet();
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(
                TEAM, slackId(name), "/trellis", text, SlackStandIn.responseUrl(slack, respondTo)),
            FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    Map<String, String> answer = jsonOf(await(() -> respondedTo(respondTo), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    return answer;
  }

  /** Presses a button as the person; answers the text of the reply to it. */
  private String press(String name, JsonNode button) throws Exception {
    String respondTo = "press-" + suffix + "-" + responses.incrementAndGet();
    requests.press(TEAM, slackId(name), button, SlackStandIn.responseUrl(slack, respondTo));
    return jsonOf(await(() -> respondedTo(respondTo), 1).get(0)).get("text");
  }

  // --- the people

  private String row(String name, String manager, String department) {
    return String.join(
        ",",
        email(name),
        Character.toUpperCase(name.charAt(0)) + name.substring(1),
        manager == null ? "" : email(manager),
        department,
        "Europe/Berlin",
        slackId(name));
  }

  private String orgPath(String path) {
    return "/api/admin/orgs/" + org.value() + path;
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private String slackId(String name) {
    return "W" + name.toUpperCase() + suffix;
  }

  // --- what reached the stand-in Slack

  private List<LoggedRequest> postsTo(String name, String containing) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId(name)).stream()
        .filter(r -> formOf(r).getOrDefault("text", "").contains(containing))
        .toList();
  }

  private List<LoggedRequest> respondedTo(String name) {
    return slack.findAll(postRequestedFor(urlEqualTo("/respond/" + name)));
  }
}
