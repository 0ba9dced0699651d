package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
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

/**
 * Development time on Slack, against the running service: Rita types signed {@code /trellis
 * devtime} commands and the WireMock standing in for Slack shows what each person got. Rita reports
 * to Olga (they meet on Thursdays at 10:00 in Berlin); Pete is a peer. The org gives 4 hours a
 * month and keeps Friday afternoons free.
 */
class SlackDevTimeTest extends SlackServiceTest {

  /** Thursday 3 December 2026, 11:00 in Berlin. */
  static final Instant THURSDAY_MORNING = Instant.parse("2026-12-03T10:00:00Z");

  private final AtomicInteger responses = new AtomicInteger();

  @BeforeEach
  void givenRitaReportingToOlgaAndAnOrgWithABudgetAndAProtectedSlot() {
    clock.set(THURSDAY_MORNING);
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
    AdminClient.Answer settings =
        admin.putJson(
            orgPath("/settings"),
            "{\"devTime\":{\"monthlyHours\":4,\"protectedSlot\":"
                + "{\"weekday\":\"FRI\",\"from\":\"13:00\",\"to\":\"17:00\"}}}");
    assertThat(settings.status()).as(settings.body()).isEqualTo(200);
  }

  @Test
  void eachCommandAnswersOnlyRita() throws Exception {
    assertThat(text("rita", "devtime log 90m Read the Kubernetes docs"))
        .startsWith("Logged 1h 30m on Thu 3 Dec: Read the Kubernetes docs.")
        .contains("December 2026: 1h 30m of 4h, 2h 30m left.");
    assertThat(text("rita", "devtime log 1h 30m Pairing --on yesterday"))
        .startsWith("Logged 1h 30m on Wed 2 Dec");
    assertThat(text("rita", "devtime log 2h Course --on 2026-11-20"))
        .startsWith("Logged 2h on Fri 20 Nov");

    Map<String, String> month = trellis("rita", "devtime");
    assertThat(month.get("blocks"))
        .contains("Your development time, December 2026")
        .contains("3h of 4h, 1h left")
        .contains("Read the Kubernetes docs");
    assertThat(trellis("rita", "devtime history").get("blocks"))
        .contains("November 2026")
        .contains("2h of 4h");
    assertThat(text("rita", "devtime undo"))
        .startsWith("Removed your last entry: 2h on Fri 20 Nov, Course.");
    assertThat(text("rita", "devtime share")).startsWith("Shared your development time totals");
    assertThat(text("rita", "devtime unshare"))
        .startsWith("Your development time is private again");
    assertThat(text("rita", "help devtime")).contains("/trellis devtime log 90m");
  }

  @Test
  void eachWrongInputIsAnsweredWithAReasonAndAnExample() throws Exception {
    trellis("rita", "goal add Learn Kubernetes");

    assertThat(text("rita", "devtime log 0m Nothing")).startsWith("A duration of 0 logs nothing");
    assertThat(text("rita", "devtime log -30m Oops")).startsWith("A duration cannot be negative");
    assertThat(text("rita", "devtime log 25h Hackathon"))
        .startsWith("One entry is at most 24 hours");
    assertThat(text("rita", "devtime log later Reading"))
        .startsWith("I cannot read 'later' as a duration")
        .contains("For example: /trellis devtime log 90m");
    assertThat(text("rita", "devtime log 90m")).startsWith("Say what you did");
    assertThat(text("rita", "devtime log 90m " + "x".repeat(301))).contains("keep it to 300");
    assertThat(text("rita", "devtime log 1h Course --on 2026-12-09")).contains("is in the future");
    assertThat(text("rita", "devtime log 1h Course --on 2026-09-01")).contains("too long ago");
    assertThat(text("rita", "devtime log 1h Course --goal 3"))
        .startsWith("You have no goal 3. Your goals are 1.");
    assertThat(text("rita", "devtime whenever")).startsWith("Usage: /trellis devtime");
    assertThat(text("rita", "devtime undo")).startsWith("You have no entry to undo.");
  }

  @Test
  void sharedTotalsReachOnlyOlgasAgendaAndNoTextRestsInTheClear() throws Exception {
    text("rita", "devtime log 90m MARKER-TEXT Read the docs");
    text("rita", "devtime share");

    clock.set(Instant.parse("2026-12-08T12:00:00Z"));
    work.planEveryOrg();
    clock.set(Instant.parse("2026-12-10T07:05:00Z"));
    work.runDueSteps();
    work.dispatch();

    Map<String, String> agenda = await(() -> postsTo("olga", "Agenda"), 1).get(0);
    assertThat(agenda.get("blocks"))
        .contains("development time, shared with you")
        .contains("December 2026: 1h 30m of 4h")
        .doesNotContain("MARKER");
    assertThat(postsTo("pete", "")).isEmpty();
    for (Document entry : db.getCollection("devtime_entries").find()) {
      assertThat(entry.toJson()).doesNotContain("MARKER");
    }
    assertThat(db.getCollection("devtime_entries").countDocuments()).isPositive();
  }

  @Test
  void theSlotReminderArrivesAtTheStartOfFridaysSlot() throws Exception {
    trellis("rita", "goal add Learn Kubernetes");
    trellis("rita", "goal next 1 Read the operator docs");

    work.planEveryOrg();
    clock.set(Instant.parse("2026-12-04T12:00:00Z"));
    work.runDueSteps();
    work.dispatch();

    Map<String, String> reminder =
        await(() -> postsTo("rita", "Your development time starts now"), 1).get(0);
    assertThat(reminder.get("blocks"))
        .contains("Your development time starts now (until 17:00)")
        .contains("Read the operator docs");
  }

  // --- the commands

  private String text(String name, String line) throws Exception {
    return trellis(name, line).get("text");
  }

  /** Rita (or anyone) types {@code /trellis <text>}; answers the ephemeral answer's fields. */
  private Map<String, String> trellis(String name, String text) throws Exception {
    clock.advance(Duration.ofSeconds(5));
    String respondTo = "devtime-" + suffix + "-" + responses.incrementAndGet();
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
