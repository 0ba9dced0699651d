package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.activityId;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.card;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.json;
import static dev.trellis.app.teams.TeamsCalls.submitAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Career goals on Teams, against the running service: Rita types {@code trellis goal ...} in her
 * 1:1 chat with the bot and presses the cards' buttons. Rita reports to Olga, who meets her on
 * Thursdays at 10:00 in Berlin; Pete is a peer. Every card the stand-in Bot Framework receives must
 * be valid Adaptive Card 1.5.
 */
class TeamsGoalsTest extends TeamsServiceTest {

  /** Monday 16 November 2026, 11:00 in Berlin, where everyone works. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T10:00:00Z");

  TeamsRequests.Member olga;
  TeamsRequests.Member pete;
  TeamsRequests.Member rita;

  @BeforeEach
  void givenRitaReportingToOlgaWhoMeetsHerOnThursdays() throws Exception {
    clock.set(MONDAY_MORNING);
    givenTheTenantsOrg("teams-goals-");
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
    for (TeamsRequests.Member member : List.of(olga, pete, rita)) {
      installed(member);
    }
  }

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  @Test
  void ritasGoalsAreNumberedForGoodAndHerMapCardGroupsThemByDirection() throws Exception {
    assertThat(answerTo(rita, "trellis goal add Learn Kubernetes --direction learning"))
        .contains("Added goal 1: Learn Kubernetes (learning). Only you can see it.")
        .contains("trellis goal next 1")
        .doesNotContain("/trellis");
    answerTo(rita, "trellis goal add Mentor an intern --direction mentoring");
    assertThat(answerTo(rita, "trellis goal next 1 Read the docs"))
        .contains("Next step of goal 1 (Learn Kubernetes): Read the docs");
    assertThat(answerTo(rita, "trellis goal drop 2")).contains("Dropped goal 2");
    assertThat(answerTo(rita, "trellis goal add Lead the guild --direction stretch"))
        .contains("Added goal 3");

    String map = answerTo(rita, "trellis goal list");

    assertThat(map)
        .contains("Your career map")
        .contains("Learning")
        .contains("1. Learn Kubernetes")
        .contains("Next step: Read the docs")
        .contains("Stretch project")
        .contains("2. Mentor an intern (dropped)");
  }

  @Test
  void wrongInputIsAnsweredWithAReasonAndAnExampleTheWayTeamsTypesIt() throws Exception {
    assertThat(answerTo(rita, "trellis goal share 2"))
        .contains("You have no goal 2. You have no goals yet. For example: trellis goal add")
        .doesNotContain("/trellis");
    assertThat(answerTo(rita, "trellis goal add Learn Go --direction sideways"))
        .contains("'sideways' is not a direction")
        .contains("Usage: trellis goal add")
        .doesNotContain("Exception");
    assertThat(answerTo(rita, "trellis goal next 1"))
        .contains("Say what the next step is.")
        .contains("Usage: trellis goal next <n> <next step>");
  }

  @Test
  void aShareButtonSharesWithOlgaOnlyForRitaAndTheAgendaShowsTheSharedGoal() throws Exception {
    int before = sentTo(rita).size();
    typed(rita, "trellis goal add MARKER-SHARED Learn Kubernetes --direction lateral");
    ServeEvent added = await(() -> sentTo(rita), before + 1).get(before);
    JsonNode share = submitAction(card(added), "Share with Olga");

    // Pete sends the same button's data from his chat: not his goal.
    int petes = sentTo(pete).size();
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(pete),
            pete,
            share.path("data"),
            activityId(added)));
    assertThat(cardText(await(() -> sentTo(pete), petes + 1).get(petes)))
        .contains("That goal is someone else's");

    // Rita presses it: shared with Olga.
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(rita),
            rita,
            share.path("data"),
            activityId(added)));
    assertThat(
            await(
                () ->
                    TeamsCalls.eventsMatching(
                        teams,
                        e -> e.getRequest().getBodyAsString().contains("Shared goal 1 with Olga")),
                1))
        .isNotEmpty();
    answerTo(rita, "trellis goal add MARKER-PRIVATE Move to design");

    clock.set(Instant.parse("2026-11-17T12:00:00Z"));
    work.planEveryOrg();
    clock.set(Instant.parse("2026-11-19T07:05:00Z"));
    work.runDueSteps();
    work.dispatch();

    String agenda =
        await(() -> sentTo(olga).stream().filter(e -> cardText(e).contains("Agenda")).toList(), 1)
            .get(0)
            .getRequest()
            .getBodyAsString();
    assertThat(agenda)
        .contains("Rita's goals shared with you")
        .contains("MARKER-SHARED")
        .doesNotContain("MARKER-PRIVATE");
    assertThat(sentTo(pete).stream().map(TeamsCalls::cardText).toList().toString())
        .doesNotContain("MARKER");
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

  /** What the bot answered to a line the person typed: the card's text, and the fallback. */
  private String answerTo(TeamsRequests.Member member, String text) throws Exception {
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
