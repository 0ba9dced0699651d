package dev.trellis.app.teams;

import static dev.trellis.app.teams.TeamsCalls.activityId;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.card;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.submitAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.teams.TeamsRequests;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Internal opportunities on Teams, against the running service: Olga (Platform) posts through the
 * form card, Rita (Design, reporting to Nina) is interested, Olga answers with Let's talk (each is
 * told whom to write to: a bot opens no group chats on Teams) and Filled. Every card the stand-in
 * Bot Framework receives must be valid Adaptive Card 1.5. Monday 7 December 2026, 11:00 in Berlin.
 */
class TeamsOpportunitiesTest extends TeamsServiceTest {

  static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T10:00:00Z");

  TeamsRequests.Member olga;
  TeamsRequests.Member rita;
  TeamsRequests.Member nina;
  TeamsRequests.Member pete;

  @BeforeEach
  void givenOlgaInPlatformAndRitaInDesignWithTheBotInstalled() throws Exception {
    clock.set(MONDAY_MORNING);
    givenTheTenantsOrg("teams-opportunities-");
    olga = member("olga", "Olga");
    rita = member("rita", "Rita");
    nina = member("nina", "Nina");
    pete = member("pete", "Pete");
    AdminClient.Answer imported =
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,department,time_zone,teams_aad_object_id\n"
                + row(nina, "", "Design")
                + row(olga, "", "Platform")
                + row(rita, email(nina), "Design")
                + row(pete, email(nina), "Design"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    for (TeamsRequests.Member m : List.of(olga, rita, nina, pete)) {
      installed(m);
    }
  }

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  @Test
  void aPostFromTheFormCardIsListedAndInterestReachesOnlyThePosterWhoTalksAndFills()
      throws Exception {
    assertThat(post(olga, Map.of("title", "Run the cluster upgrade", "kind", "stretch")))
        .contains("Posted opportunity 1: Run the cluster upgrade (Stretch project · Platform ·");

    ServeEvent list = sent(rita, "opportunity list");
    assertThat(cardText(list)).contains("1. Run the cluster upgrade").doesNotContain("/trellis");
    assertThat(press(rita, list, "I'm interested in 1"))
        .contains("Olga will hear privately that you are interested in opportunity 1");
    work.dispatch();
    ServeEvent toOlga = await(() -> containing(olga, "Rita is interested"), 1).get(0);
    assertThat(containing(nina, "Rita")).isEmpty();
    assertThat(containing(pete, "Rita")).isEmpty();

    assertThat(press(pete, toOlga, "Filled"))
        .contains("That interest is not in an opportunity of yours");
    assertThat(press(olga, toOlga, "Let's talk"))
        .contains("Told Rita you would like to talk about opportunity 1")
        .contains(email(rita));
    work.dispatch();
    assertThat(cardText(await(() -> containing(rita, "would like to talk"), 1).get(0)))
        .contains("Olga would like to talk with you about opportunity 1")
        .contains(email(olga));

    assertThat(press(olga, toOlga, "Filled"))
        .contains("Opportunity 1: Run the cluster upgrade is filled by Rita");
    work.dispatch();
    assertThat(await(() -> containing(rita, "as filled by you"), 1)).hasSize(1);
    assertThat(answerTo(olga, "opportunity mine")).contains("filled · 1 person interested");
    assertThat(
            admin
                .get(orgPath("/opportunities/counts"))
                .json()
                .at("/counts/filledFromAnotherTeam")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void thePersonMayTellTheirManagerAndOnlyThem() throws Exception {
    post(olga, Map.of("title", "Pair on the on-call tooling", "kind", "gig"));
    ServeEvent confirmation = pressed(rita, sent(rita, "opportunity list"), "I'm interested in 1");

    assertThat(press(pete, confirmation, "Tell Nina")).contains("That interest is not yours");
    assertThat(press(rita, confirmation, "Tell Nina"))
        .contains("Nina now knows you are interested in opportunity 1");
    work.dispatch();

    assertThat(await(() -> containing(nina, "Rita wanted you to know"), 1)).hasSize(1);
    assertThat(containing(pete, "Pair on the on-call tooling")).isEmpty();
  }

  @Test
  void eachWrongInputIsAnsweredWithAReasonAndAnExampleAsTeamsTypesThem() throws Exception {
    assertThat(answerTo(rita, "opportunity list"))
        .contains("Nothing open right now. Post one yourself: trellis opportunity post");
    assertThat(
            post(
                olga,
                Map.of("title", "", "kind", "promotion", "closes_on", "2026-12-01", "skills", "")))
        .contains("Give it a title, for example: Run the Q1 cluster upgrade")
        .contains("'promotion' is not a kind")
        .contains("2026-12-01 is in the past");
    assertThat(post(olga, Map.of("title", "Gig", "kind", "gig", "skills", "x".repeat(41))))
        .contains("Keep each skill to 40 characters");
    assertThat(post(olga, Map.of("title", "Gig", "kind", "gig", "closes_on", "someday")))
        .contains("'someday' is not a date");

    post(olga, Map.of("title", "Run the cluster upgrade", "kind", "stretch"));
    assertThat(answerTo(rita, "opportunity close 1"))
        .contains("Opportunity 1 is Olga's: only the person who posted it can close it.");
    assertThat(answerTo(olga, "opportunity close 4"))
        .contains("There is no opportunity 4. Yours open: 1.")
        .contains("For example: trellis opportunity close 1")
        .doesNotContain("/trellis");
    assertThat(answerTo(olga, "opportunity close first"))
        .contains("'first' is not an opportunity number.");
    assertThat(answerTo(olga, "opportunity apply"))
        .contains("Usage: trellis opportunity post | list | mine | close");
    assertThat(answerTo(olga, "opportunity close 1"))
        .contains("Closed opportunity 1: Run the cluster upgrade.");
  }

  // --- the form

  /** Opens the post form card as {@code member} and submits it with these values over defaults. */
  private String post(TeamsRequests.Member member, Map<String, String> values) throws Exception {
    ServeEvent formEvent = sent(member, "opportunity post");
    JsonNode form = card(formEvent);
    assertThat(form.toString())
        .contains("\"id\":\"title\"")
        .contains("\"id\":\"closes_on\"")
        .contains("Platform".equals(department(member)) ? "Platform" : "");
    ObjectNode data = ((ObjectNode) submitAction(form, "Post").path("data")).deepCopy();
    data.put("skills", "kubernetes, go");
    data.put("closes_on", "2026-12-31");
    values.forEach(data::put);
    int before = sentTo(member).size();
    requests.post(
        requests.cardAction(
            serviceUrl, tenant, TeamsCalls.chatOf(member), member, data, activityId(formEvent)));
    return cardText(await(() -> sentTo(member), before + 1).get(before));
  }

  private static String department(TeamsRequests.Member member) {
    return member.name().equals("Olga") ? "Platform" : "Design";
  }

  // --- the people and their chats with the bot

  private TeamsRequests.Member member(String name, String fullName) {
    return new TeamsRequests.Member(
        "29:" + name + "-" + suffix, UUID.randomUUID().toString(), fullName);
  }

  private String row(TeamsRequests.Member m, String managerEmail, String department) {
    return String.join(
            ",", email(m), m.name(), managerEmail, department, "Europe/Berlin", m.aadObjectId())
        + "\n";
  }

  private void installed(TeamsRequests.Member member) throws Exception {
    HttpResponse<String> ack =
        requests.post(
            requests.personalInstall(serviceUrl, tenant, TeamsCalls.chatOf(member), member));
    assertThat(ack.statusCode()).isEqualTo(200);
    await(() -> sentTo(member), 1);
  }

  /** Presses a button of a card as the member; answers the text of what came back. */
  private String press(TeamsRequests.Member member, ServeEvent message, String button)
      throws Exception {
    return cardText(pressed(member, message, button));
  }

  private ServeEvent pressed(TeamsRequests.Member member, ServeEvent message, String button)
      throws Exception {
    int before = sentOrUpdated(member).size();
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(member),
            member,
            submitAction(card(message), button).path("data"),
            activityId(message)));
    return await(() -> sentOrUpdated(member), before + 1).get(before);
  }

  private ServeEvent sent(TeamsRequests.Member member, String text) throws Exception {
    int before = sentTo(member).size();
    ObjectNode message =
        requests.personalMessage(serviceUrl, tenant, TeamsCalls.chatOf(member), member, text);
    assertThat(requests.post(message).statusCode()).isEqualTo(200);
    return await(() -> sentTo(member), before + 1).get(before);
  }

  private String answerTo(TeamsRequests.Member member, String text) throws Exception {
    return cardText(sent(member, text));
  }

  private String email(TeamsRequests.Member member) {
    return member.name().toLowerCase() + "-" + suffix + "@example.com";
  }

  private String orgPath(String rest) {
    return "/api/admin/orgs/" + org + rest;
  }

  private List<ServeEvent> sentTo(TeamsRequests.Member member) {
    return TeamsCalls.sentTo(teams, TeamsCalls.chatOf(member));
  }

  /** What the member's chat got: new activities and updates of earlier ones, in order. */
  private List<ServeEvent> sentOrUpdated(TeamsRequests.Member member) {
    String path = TeamsCalls.activitiesPath(TeamsCalls.chatOf(member));
    return TeamsCalls.eventsMatching(
        teams,
        e ->
            e.getRequest().getUrl().startsWith(path)
                && (e.getResponse().getStatus() == 201 || e.getResponse().getStatus() == 200));
  }

  private List<ServeEvent> containing(TeamsRequests.Member member, String text) {
    return sentTo(member).stream().filter(e -> cardText(e).contains(text)).toList();
  }
}
