package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.formOf;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Career goals on Slack, against the running service: Rita types signed {@code /trellis goal}
 * commands and presses their buttons, and the WireMock standing in for Slack shows what each person
 * got. Rita reports to Olga (they meet on Thursdays at 10:00 in Berlin); Pete is a peer. Every
 * answer, agenda and App Home stays within Block Kit's limits.
 */
class SlackGoalsTest extends SlackServiceTest {

  /** Monday 16 November 2026, 11:00 in Berlin, where everyone works. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T10:00:00Z");

  /** Thursday 19 November, 08:05 in Berlin: the agendas of the 10:00 1:1s are due. */
  static final Instant THURSDAY_AGENDAS = Instant.parse("2026-11-19T07:05:00Z");

  private final AtomicInteger responses = new AtomicInteger();

  @BeforeEach
  void givenRitaReportingToOlgaWhoMeetsHerOnThursdays() {
    clock.set(MONDAY_MORNING);
    AdminClient.Answer people =
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,time_zone,slack_user_id\n"
                + String.join(
                    "\n",
                    row("sam", null),
                    row("olga", "sam"),
                    row("pete", "sam"),
                    row("rita", "olga"))
                + "\n");
    assertThat(people.status()).as(people.body()).isEqualTo(200);
    AdminClient.Answer oneOnOnes =
        admin.postCsv(
            orgPath("/one-on-ones"),
            "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
                + String.join(
                    ",",
                    email("olga"),
                    email("rita"),
                    "WEEKLY",
                    "THU",
                    "10:00",
                    "30",
                    "Europe/Berlin")
                + "\n");
    assertThat(oneOnOnes.status()).as(oneOnOnes.body()).isEqualTo(200);
  }

  @Test
  void ritasGoalCommandsAnswerOnlyHerAndGoalsKeepTheirNumbers() throws Exception {
    Map<String, String> added = trellis("rita", "goal add Learn Kubernetes --direction learning");
    assertThat(added.get("text"))
        .startsWith("Added goal 1: Learn Kubernetes (learning). Only you can see it.");
    assertThat(button(added.get("blocks"), "Share with Olga").get("action_id").asString())
        .isEqualTo("goal.share");
    trellis("rita", "goal add Mentor an intern --direction mentoring");
    assertThat(trellis("rita", "goal next 1 Read the docs").get("text"))
        .startsWith("Next step of goal 1 (Learn Kubernetes): Read the docs");
    assertThat(trellis("rita", "goal done 1").get("text")).startsWith("Goal 1 is done");
    assertThat(trellis("rita", "goal drop 2").get("text")).startsWith("Dropped goal 2");
    assertThat(trellis("rita", "goal add Lead the Q3 migration --direction stretch").get("text"))
        .startsWith("Added goal 3: Lead the Q3 migration (stretch project).");

    Map<String, String> map = trellis("rita", "goal list");

    String blocks = map.get("blocks");
    assertThat(blocks)
        .contains("Your career map")
        .contains("Stretch project")
        .contains("3. Lead the Q3 migration")
        .contains("Done and dropped")
        .contains("1. Learn Kubernetes (done)")
        .contains("2. Mentor an intern (dropped)");
    withinBlockKitLimits(blocks, 50);
  }

  @Test
  void wrongInputIsAnsweredWithAReasonAndAnExampleAndChangesNothing() throws Exception {
    assertThat(trellis("rita", "goal done 4").get("text"))
        .startsWith("You have no goal 4. You have no goals yet. For example: /trellis goal add");
    assertThat(trellis("rita", "goal add Learn Go --direction upward").get("text"))
        .startsWith(
            "'upward' is not a direction: use grow, lateral, stretch, mentoring or learning.")
        .contains("for example /trellis goal add Learn Kubernetes --direction lateral")
        .doesNotContain("Exception");
    assertThat(trellis("rita", "goal add " + "x".repeat(501)).get("text"))
        .startsWith("Keep a goal to at most 500 characters");
    assertThat(trellis("rita", "goal share one").get("text"))
        .startsWith("'one' is not a goal number")
        .contains("Usage: /trellis goal share &lt;n&gt;");
    Map<String, String> added = trellis("rita", "goal add Learn Kubernetes");
    trellis("rita", "goal done 1");
    assertThat(trellis("rita", "goal next 1 Read the docs").get("text"))
        .startsWith("Goal 1 is done: nothing changed.");

    // Pete presses the Share button of Rita's goal: it is not his to change.
    assertThat(press("pete", button(added.get("blocks"), "Share with Olga")))
        .startsWith("That goal is someone else's: you can change only your own goals.");
    assertThat(trellis("rita", "goal list").get("blocks")).doesNotContain("shared with");
  }

  @Test
  void aSharedGoalReachesOnlyTheCurrentManagersAgendaAndNothingRestsInTheClear() throws Exception {
    trellis("rita", "goal add MARKER-SHARED Learn Kubernetes --direction lateral");
    trellis("rita", "goal next 1 MARKER-STEP read the docs");
    assertThat(trellis("rita", "goal share 1").get("text")).startsWith("Shared goal 1 with Olga");
    trellis("rita", "goal add MARKER-PRIVATE Move to design");

    clock.set(Instant.parse("2026-11-17T12:00:00Z"));
    work.planEveryOrg();
    clock.set(THURSDAY_AGENDAS);
    work.runDueSteps();
    work.dispatch();

    Map<String, String> agenda = await(() -> postsTo("olga", "Agenda"), 1).get(0);
    assertThat(agenda.get("blocks"))
        .contains("goals shared with you:")
        .contains("MARKER-SHARED Learn Kubernetes")
        .contains("MARKER-STEP read the docs")
        .doesNotContain("MARKER-PRIVATE");
    withinBlockKitLimits(agenda.get("blocks"), 50);
    assertThat(postsTo("pete", "")).isEmpty();
    for (Document goal : db.getCollection("goals").find()) {
      assertThat(goal.toJson()).doesNotContain("MARKER");
    }
    assertThat(db.getCollection("goals").countDocuments()).isPositive();
  }

  @Test
  void theAppHomeShowsRitasCareerMapWithinBlockKitLimits() throws Exception {
    for (int i = 1; i <= 12; i++) {
      trellis("rita", "goal add MARKER-HOME goal " + i + " " + "x".repeat(400));
    }

    JsonNode opened = SlackRequests.sample("event.app-home-opened.inner-event.json");
    ((tools.jackson.databind.node.ObjectNode) opened)
        .put("user", slackId("rita"))
        .put("tab", "home");
    int before = SlackCalls.accepted(slack, "/api/views.publish", slackId("rita")).size();
    requests.post(
        SlackRequests.event(
            "event.app-home-opened.messages-tab.org-install.json", opened, TEAM, "Ev" + suffix),
        "application/json");

    String view =
        formOf(
                await(
                        () -> SlackCalls.accepted(slack, "/api/views.publish", slackId("rita")),
                        before + 1)
                    .get(before))
            .get("view");
    assertThat(view).contains("Your career map").contains("12 open goals").contains("MARKER-HOME");
    assertThat(view).doesNotContain("Coming in a later version");
    withinBlockKitLimits(SlackRequests.JSON.readTree(view).get("blocks").toString(), 100);
  }

  // --- the commands

  /** Rita (or anyone) types {@code /trellis <text>}; answers the ephemeral answer's fields. */
  private Map<String, String> trellis(String name, String text) throws Exception {
    clock.advance(Duration.ofSeconds(5));
    String respondTo = "goal-" + suffix + "-" + responses.incrementAndGet();
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

  // --- Block Kit's limits

  /** Slack refuses a whole message or view that passes one of these. */
  private static void withinBlockKitLimits(String blocksJson, int maxBlocks) {
    JsonNode blocks = SlackRequests.JSON.readTree(blocksJson);
    assertThat(blocks.size()).isBetween(1, maxBlocks);
    for (JsonNode block : blocks) {
      if (block.has("text")) {
        int max = "header".equals(block.get("type").asString()) ? 150 : 3000;
        assertThat(block.get("text").get("text").asString().length()).isLessThanOrEqualTo(max);
      }
      if (block.has("fields")) {
        assertThat(block.get("fields").size()).isLessThanOrEqualTo(10);
        block
            .get("fields")
            .forEach(f -> assertThat(f.get("text").asString().length()).isLessThanOrEqualTo(2000));
      }
    }
  }

  // --- the people

  private String row(String name, String manager) {
    return String.join(
        ",",
        email(name),
        Character.toUpperCase(name.charAt(0)) + name.substring(1),
        manager == null ? "" : email(manager),
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

  private List<Map<String, String>> postsTo(String name, String start) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId(name)).stream()
        .map(SlackCalls::formOf)
        .filter(form -> form.getOrDefault("text", "").startsWith(start))
        .toList();
  }

  private List<com.github.tomakehurst.wiremock.verification.LoggedRequest> respondedTo(
      String name) {
    return slack.findAll(postRequestedFor(urlEqualTo("/respond/" + name)));
  }
}
