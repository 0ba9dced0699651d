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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feedback on Teams, against the running service: Rita asks Bob Li by mentioning him in her chat
 * with the bot; Bob answers in the form card the Answer button brings; only Rita gets the answer.
 * Every card the stand-in Bot Framework receives must be valid Adaptive Card 1.5.
 */
class TeamsFeedbackTest extends TeamsServiceTest {

  /** Tue 1 Dec 2026, 15:00 in Berlin. */
  static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-01T14:00:00Z");

  TeamsRequests.Member rita;
  TeamsRequests.Member bob;

  @BeforeEach
  void givenRitaAndBobWithTheBotInstalled() throws Exception {
    clock.set(TUESDAY_AFTERNOON);
    givenTheTenantsOrg("teams-feedback-");
    rita = member("rita", "Rita");
    bob = member("bob", "Bob Li");
    AdminClient.Answer imported =
        admin.postCsv(
            orgPath("/people"),
            "email,name,time_zone,teams_aad_object_id\n"
                + String.join(",", email("rita"), rita.name(), "Europe/Berlin", rita.aadObjectId())
                + "\n"
                + String.join(",", email("bob"), bob.name(), "Europe/Berlin", bob.aadObjectId())
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    installed(rita);
    installed(bob);
  }

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  @Test
  void aMentionedColleagueAnswersInAFormCardAndOnlyTheAskerGetsTheAnswer() throws Exception {
    String marker = "MARKER-WELL-" + suffix;

    assertThat(answerTo(rita, "feedback ask <at>Bob Li</at> about my design review"))
        .contains("Asked Bob Li for feedback on “my design review”");
    work.dispatch();
    ServeEvent request = await(() -> sentTo(bob), 2).get(1);
    assertThat(cardText(request)).contains("Rita asks for your feedback on “my design review”");

    press(bob, request, "Answer");
    ServeEvent formEvent = await(() -> sentTo(bob), 3).get(2);
    JsonNode form = card(formEvent);
    assertThat(form.toString())
        .contains("\"id\":\"went_well\"")
        .contains("\"id\":\"try_differently\"");
    ObjectNode data = ((ObjectNode) submitAction(form, "Send").path("data")).deepCopy();
    data.put("went_well", marker);
    requests.post(
        requests.cardAction(
            serviceUrl, tenant, TeamsCalls.chatOf(bob), bob, data, activityId(formEvent)));
    assertThat(cardText(await(() -> sentTo(bob), 4).get(3))).contains("Sent to Rita.");

    work.dispatch();
    ServeEvent answer = await(() -> sentTo(rita), 3).get(2);
    assertThat(cardText(answer)).contains("Feedback from Bob Li").contains(marker);
    submitAction(card(answer), "Share with my manager");
    assertThat(sentTo(bob)).noneMatch(e -> e.getRequest().getBodyAsString().contains(marker));
    assertThat(answerTo(bob, "feedback given")).contains(marker);
  }

  @Test
  void wrongInputIsAnsweredWithAReasonAndAnExampleAsTeamsTypesThem() throws Exception {
    assertThat(answerTo(rita, "feedback ask " + email("rita") + " about my talk"))
        .contains("You cannot ask yourself for feedback")
        .contains("For example: feedback ask @bob about my design review")
        .doesNotContain("/feedback");
    assertThat(answerTo(rita, "feedback ask @nobody about my talk"))
        .contains("I cannot find @nobody");
    assertThat(answerTo(rita, "feedback ask <at>Bob Li</at>"))
        .contains("Put 'about' and a topic after the person.")
        .contains("Usage: feedback ask");
    assertThat(answerTo(rita, "feedback ask <at>Bob Li</at> about " + "x".repeat(301)))
        .contains("Keep the topic to 300 characters (that one has 301).");
    work.dispatch();
    Thread.sleep(200);
    assertThat(sentTo(bob)).as("only the welcome").hasSize(1);
  }

  // --- the people and their chats with the bot

  private TeamsRequests.Member member(String name, String fullName) {
    return new TeamsRequests.Member(
        "29:" + name + "-" + suffix, UUID.randomUUID().toString(), fullName);
  }

  private void installed(TeamsRequests.Member member) throws Exception {
    HttpResponse<String> ack =
        requests.post(
            requests.personalInstall(serviceUrl, tenant, TeamsCalls.chatOf(member), member));
    assertThat(ack.statusCode()).isEqualTo(200);
    await(() -> sentTo(member), 1);
  }

  private void press(TeamsRequests.Member member, ServeEvent message, String button)
      throws Exception {
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(member),
            member,
            submitAction(card(message), button).path("data"),
            activityId(message)));
  }

  private String answerTo(TeamsRequests.Member member, String text) throws Exception {
    int before = sentTo(member).size();
    ObjectNode message =
        requests.personalMessage(serviceUrl, tenant, TeamsCalls.chatOf(member), member, text);
    assertThat(requests.post(message).statusCode()).isEqualTo(200);
    return cardText(await(() -> sentTo(member), before + 1).get(before));
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
