package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.teams.TeamsRequests;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Development time on Teams, against the running service: Rita types {@code trellis devtime ...} in
 * her 1:1 chat with the bot. Rita reports to Olga, who meets her on Thursdays at 10:00 in Berlin;
 * Pete is a peer. The org gives 4 hours a month and keeps Friday afternoons free. Every card the
 * stand-in Bot Framework receives must be valid Adaptive Card 1.5.
 */
class TeamsDevTimeTest extends TeamsServiceTest {

  /** Thursday 3 December 2026, 11:00 in Berlin. */
  static final Instant THURSDAY_MORNING = Instant.parse("2026-12-03T10:00:00Z");

  TeamsRequests.Member olga;
  TeamsRequests.Member pete;
  TeamsRequests.Member rita;

  @BeforeEach
  void givenRitaReportingToOlgaAndAnOrgWithABudgetAndAProtectedSlot() throws Exception {
    clock.set(THURSDAY_MORNING);
    givenTheTenantsOrg("teams-devtime-");
    olga = member("olga", "Olga");
    pete = member("pete", "Pete");
    rita = member("rita", "Rita");
    AdminClient.Answer imported =
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,time_zone,teams_aad_object_id\n"
                + String.join(",", email("olga"), "Olga", "", "Europe/Berlin", olga.aadObjectId())
                + "\n"
                + String.join(",", email("pete"), "Pete", "", "Europe/Berlin", pete.aadObjectId())
                + "\n"
                + String.join(
                    ",", email("rita"), "Rita", email("olga"), "Europe/Berlin", rita.aadObjectId())
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
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
    for (TeamsRequests.Member member : List.of(olga, pete, rita)) {
      installed(member);
    }
  }

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  @Test
  void eachCommandAnswersRitaTheWayTeamsTypesIt() throws Exception {
    assertThat(answerTo(rita, "trellis devtime log 90m Read the Kubernetes docs"))
        .contains("Logged 1h 30m on Thu 3 Dec: Read the Kubernetes docs.")
        .contains("December 2026: 1h 30m of 4h, 2h 30m left.")
        .contains("trellis devtime undo")
        .doesNotContain("/trellis");
    assertThat(answerTo(rita, "trellis devtime log 1h 30m Pairing --on yesterday"))
        .contains("Logged 1h 30m on Wed 2 Dec");
    assertThat(answerTo(rita, "devtime log 2h Course --on 2026-11-20"))
        .contains("Logged 2h on Fri 20 Nov");
    assertThat(answerTo(rita, "trellis devtime"))
        .contains("Your development time, December 2026")
        .contains("3h of 4h, 1h left")
        .contains("Read the Kubernetes docs");
    assertThat(answerTo(rita, "trellis devtime history"))
        .contains("November 2026")
        .contains("2h of 4h");
    assertThat(answerTo(rita, "trellis devtime undo"))
        .contains("Removed your last entry: 2h on Fri 20 Nov, Course.");
    assertThat(answerTo(rita, "trellis devtime share"))
        .contains("Shared your development time totals with Olga");
    assertThat(answerTo(rita, "trellis devtime unshare"))
        .contains("Your development time is private again");
  }

  @Test
  void eachWrongInputIsAnsweredWithAReasonAndAnExample() throws Exception {
    answerTo(rita, "trellis goal add Learn Kubernetes");

    assertThat(answerTo(rita, "trellis devtime log 0m Nothing"))
        .contains("A duration of 0 logs nothing");
    assertThat(answerTo(rita, "trellis devtime log -30m Oops"))
        .contains("A duration cannot be negative");
    assertThat(answerTo(rita, "trellis devtime log 25h Hackathon"))
        .contains("One entry is at most 24 hours");
    assertThat(answerTo(rita, "trellis devtime log later Reading"))
        .contains("I cannot read 'later' as a duration")
        .contains("For example: trellis devtime log 90m")
        .doesNotContain("/trellis");
    assertThat(answerTo(rita, "trellis devtime log 90m")).contains("Say what you did");
    assertThat(answerTo(rita, "trellis devtime log 90m " + "x".repeat(301)))
        .contains("keep it to 300");
    assertThat(answerTo(rita, "trellis devtime log 1h Course --on 2026-12-09"))
        .contains("is in the future");
    assertThat(answerTo(rita, "trellis devtime log 1h Course --on 2026-09-01"))
        .contains("too long ago");
    assertThat(answerTo(rita, "trellis devtime log 1h Course --goal 3"))
        .contains("You have no goal 3. Your goals are 1.");
    assertThat(answerTo(rita, "trellis devtime whenever")).contains("Usage: trellis devtime");
    assertThat(answerTo(rita, "trellis devtime undo")).contains("You have no entry to undo.");
  }

  @Test
  void sharedTotalsReachOlgasAgendaButNoTextAndNothingReachesPete() throws Exception {
    answerTo(rita, "trellis devtime log 90m MARKER-TEXT Read the docs");
    answerTo(rita, "trellis devtime share");

    clock.set(Instant.parse("2026-12-08T12:00:00Z"));
    work.planEveryOrg();
    clock.set(Instant.parse("2026-12-10T07:05:00Z"));
    work.runDueSteps();
    work.dispatch();

    String agenda =
        await(() -> sentTo(olga).stream().filter(e -> cardText(e).contains("Agenda")).toList(), 1)
            .get(0)
            .getRequest()
            .getBodyAsString();
    assertThat(agenda)
        .contains("development time, shared with you")
        .contains("December 2026: 1h 30m of 4h")
        .doesNotContain("MARKER");
    assertThat(sentTo(pete).stream().map(TeamsCalls::cardText).toList().toString())
        .doesNotContain("MARKER")
        .doesNotContain("development time, shared");
  }

  @Test
  void theSlotReminderArrivesAtTheStartOfFridaysSlot() throws Exception {
    answerTo(rita, "trellis goal add Learn Kubernetes");
    answerTo(rita, "trellis goal next 1 Read the operator docs");

    work.planEveryOrg();
    clock.set(Instant.parse("2026-12-04T12:00:00Z"));
    work.runDueSteps();
    work.dispatch();

    String reminder =
        cardText(
            await(
                    () ->
                        sentTo(rita).stream()
                            .filter(e -> cardText(e).contains("Your development time starts now"))
                            .toList(),
                    1)
                .get(0));
    assertThat(reminder).contains("(until 17:00)").contains("Read the operator docs");
  }

  // --- the people and their chats with the bot

  private TeamsRequests.Member member(String name, String fullName) {
    return new TeamsRequests.Member(
        "29:" + name + "-" + suffix, UUID.randomUUID().toString(), fullName);
  }

  private void installed(TeamsRequests.Member member) throws Exception {
    assertThat(
            requests
                .post(
                    requests.personalInstall(serviceUrl, tenant, TeamsCalls.chatOf(member), member))
                .statusCode())
        .isEqualTo(200);
    await(() -> sentTo(member), 1);
  }

  private ObjectNode typed(TeamsRequests.Member member, String text) throws Exception {
    ObjectNode message =
        requests.personalMessage(serviceUrl, tenant, TeamsCalls.chatOf(member), member, text);
    assertThat(requests.post(message).statusCode()).isEqualTo(200);
    return message;
  }

  /**
   * What the bot answered to a line the person typed (a few seconds after the last): the card's
   * text, and the fallback.
   */
  private String answerTo(TeamsRequests.Member member, String text) throws Exception {
    clock.advance(java.time.Duration.ofSeconds(5));
    int before = sentTo(member).size();
    ObjectNode message = typed(member, text);
    ServeEvent answer = await(() -> sentTo(member), before + 1).get(before);
    assertThat(json(answer.getRequest().getBodyAsString()).path("replyToId").asText())
        .isEqualTo(message.path("id").asText());
    return cardText(answer);
  }

  private String email(String name) {
    return name + "-" + suffix + "@example.com";
  }

  private String orgPath(String rest) {
    return "/api/admin/orgs/" + org + rest;
  }

  private List<ServeEvent> sentTo(TeamsRequests.Member member) {
    return TeamsCalls.sentTo(teams, TeamsCalls.chatOf(member));
  }
}
