package dev.trellis.app.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.teams.TeamsCalls.activityId;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.card;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.json;
import static dev.trellis.app.teams.TeamsCalls.submitAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.trellis.app.AdminClient;
import dev.trellis.core.inbox.HandlingInbound;
import dev.trellis.testkit.teams.TeamsRequests;
import dev.trellis.testkit.teams.TeamsStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Career buddies on Teams, against the running service: two people in different time zones (Ada in
 * Paris, Bo in New York) install the bot, are put in a cohort and paired by a round started through
 * the admin API; then they coordinate their meetup by typing {@code buddy ...} in their 1:1 chats
 * with the bot and pressing the cards' buttons. A WireMock stands in for the Bot Framework (see
 * {@link TeamsStandIn}); every card it receives must be valid Adaptive Card 1.5.
 *
 * <p>The SDK's OpenID metadata URL is static state: it points at this class's stand-in only while
 * this class runs, and the context is not reused.
 */
class TeamsBuddyTest extends TeamsServiceTest {

  @Autowired HandlingInbound inbound;

  /** Tue 1 Dec 2026: 15:00 in Paris, 09:00 in New York, working time for both. */
  static final Instant TUESDAY_AFTERNOON_IN_PARIS = Instant.parse("2026-12-01T14:00:00Z");

  String cohort;
  String cohortName;

  /** Ada, in Paris (Engineering), proposes; Bo, in New York (Design), is her buddy. */
  TeamsRequests.Member ada;

  TeamsRequests.Member bo;

  @BeforeEach
  void givenAdaAndBoPairedInARound() throws Exception {
    clock.set(TUESDAY_AFTERNOON_IN_PARIS);
    givenTheTenantsOrg("teams-buddies-");

    ada = member("ada", "Ada Lovelace");
    bo = member("bo", "Bo Li");
    AdminClient.Answer imported =
        admin.postCsv(
            orgPath("/people"),
            "email,name,time_zone,department,teams_aad_object_id\n"
                + String.join(
                    ",", email("ada"), ada.name(), "Europe/Paris", "Engineering", ada.aadObjectId())
                + "\n"
                + String.join(
                    ",", email("bo"), bo.name(), "America/New_York", "Design", bo.aadObjectId())
                + "\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    installed(ada);
    installed(bo);

    cohortName = "Career lab " + suffix;
    AdminClient.Answer cohortMade =
        admin.postJson(orgPath("/cohorts"), "{\"name\":\"" + cohortName + "\"}");
    assertThat(cohortMade.status()).as(cohortMade.body()).isEqualTo(201);
    cohort = cohortMade.json().at("/id").asString();
    for (String name : List.of("ada", "bo")) {
      AdminClient.Answer added = admin.putJson(cohortPath("/members/" + email(name)), "{}");
      assertThat(added.status()).as(added.body()).isEqualTo(200);
    }
    AdminClient.Answer started = admin.post(cohortPath("/rounds"));
    assertThat(started.status()).as(started.body()).isEqualTo(201);

    // Working time for both: the intros reach their 1:1 chats at once, after the welcomes.
    work.dispatch();
    assertThat(cardText(await(() -> sentTo(ada), 2).get(1)))
        .contains("Your career buddy this round is Bo Li (Design)");
    assertThat(cardText(await(() -> sentTo(bo), 2).get(1)))
        .contains("Your career buddy this round is Ada Lovelace (Engineering)");
  }

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  @Test
  void aProposalTypedInTheChatIsAcceptedOnTheBuddysCardAndShownInEachOnesZone() throws Exception {
    // Ada types the command in her chat with the bot; the answer is a reply to her message.
    ObjectNode propose = typed(ada, "buddy propose tomorrow 15:00");
    ServeEvent proposed = await(() -> sentTo(ada), 3).get(2);
    assertThat(json(proposed.getRequest().getBodyAsString()).path("replyToId").asText())
        .isEqualTo(propose.path("id").asText());
    assertThat(cardText(proposed))
        .contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li")
        .doesNotContain("It reaches them");

    // Bo's card shows New York's time, Ada's own time beside it, and two buttons.
    work.dispatch();
    ServeEvent proposal = await(() -> sentTo(bo), 3).get(2);
    assertThat(cardText(proposal))
        .contains("Ada Lovelace proposes to meet on Wed 2 Dec at 09:00 (America/New_York)")
        .contains("For Ada Lovelace")
        .contains("Wed 2 Dec at 15:00 (Europe/Paris)");
    JsonNode accept = submitAction(card(proposal), "Accept");
    submitAction(card(proposal), "Suggest another time");

    // Bo presses Accept: that card is replaced in place by his answer, in his time.
    String proposalId = activityId(proposal);
    requests.post(
        requests.cardAction(
            serviceUrl, tenant, TeamsCalls.chatOf(bo), bo, accept.path("data"), proposalId));
    ServeEvent update =
        await(() -> TeamsCalls.updatesOf(teams, TeamsCalls.chatOf(bo), proposalId), 1).get(0);
    JsonNode updated = json(update.getRequest().getBodyAsString());
    assertThat(updated.path("id").asText()).isEqualTo(proposalId);
    assertThat(updated.path("attachments").get(0).path("content").toString())
        .contains("You accepted meeting on Wed 2 Dec at 09:00 (America/New_York)");

    // Ada hears of it in Paris time.
    work.dispatch();
    assertThat(cardText(await(() -> sentTo(ada), 4).get(3)))
        .contains("Bo Li accepted meeting on Wed 2 Dec at 15:00 (Europe/Paris)");

    // Her status shows the agreed time in her zone, his in his.
    assertThat(answerTo(ada, "buddy status"))
        .contains(cohortName + " · round 1")
        .contains("With Bo Li (Design)")
        .contains("Meeting Wed 2 Dec at 15:00 (Europe/Paris)");
    // Cards show commands as typed on Teams (no slash); typed with the slash, they work too.
    assertThat(cardText(proposal)).contains("Or type buddy accept").doesNotContain("/buddy");
    assertThat(answerTo(bo, "/buddy status"))
        .contains("Meeting Wed 2 Dec at 09:00 (America/New_York)")
        .contains("Afterwards, type buddy done.");
  }

  @Test
  void aBuddyCommandTypedWhileAPromptIsOpenMakesAProposalAndLeavesThePromptOpen() throws Exception {
    AdminClient.Answer sent = admin.post(orgPath("/people/" + email("ada") + "/prompts"));
    assertThat(sent.status()).as(sent.body()).isIn(200, 201, 202);
    work.dispatch();
    assertThat(cardText(await(() -> sentTo(ada), 3).get(2))).contains("starts with a command word");

    assertThat(answerTo(ada, "buddy propose tomorrow 15:00"))
        .contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li")
        .doesNotContain("Saved");
    work.dispatch();
    assertThat(cardText(await(() -> sentTo(bo), 3).get(2)))
        .contains("Ada Lovelace proposes to meet on Wed 2 Dec at 09:00 (America/New_York)");

    // The prompt is still open: her next line that is not a command answers it.
    assertThat(answerTo(ada, "Learning from people outside my team"))
        .contains("Saved. Only you can see this answer.");
  }

  @Test
  void aProposalWhoseReplyTheConnectorRefusedIsMadeOnceAndItsReplyDeliveredOnceOnTheRetry()
      throws Exception {
    teams.stubFor(
        post(urlEqualTo(TeamsCalls.activitiesPath(TeamsCalls.chatOf(ada))))
            .inScenario("connector busy once")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("answering"));

    typed(ada, "buddy propose tomorrow 15:00");
    await(() -> refusedIn(TeamsCalls.chatOf(ada)), 1);
    // The inbox tries the request again after a pause.
    for (int i = 0; i < 40 && sentTo(ada).size() < 3; i++) {
      clock.advance(Duration.ofSeconds(3));
      inbound.handleDue();
      Thread.sleep(50);
    }

    ServeEvent proposed = await(() -> sentTo(ada), 3).get(2);
    assertThat(cardText(proposed)).contains("Proposed Wed 2 Dec at 15:00 (Europe/Paris) to Bo Li");
    inbound.handleDue();
    assertThat(sentTo(ada)).as("the welcome, the intro and one answer").hasSize(3);
    work.dispatch();
    await(() -> sentTo(bo), 3);
    assertThat(sentTo(bo))
        .filteredOn(e -> cardText(e).contains("Ada Lovelace proposes to meet"))
        .as("the proposals Bo received")
        .hasSize(1);
  }

  @Test
  void aNoteWithDoneIsShownToItsWriterOnly() throws Exception {
    clock.set(Instant.parse("2026-12-02T16:00:00Z")); // Wed, after they met

    assertThat(answerTo(ada, "buddy done Great talk about lateral moves"))
        .contains("Marked your meetup with Bo Li as done")
        .contains("private");

    assertThat(answerTo(ada, "buddy status")).contains("Your note: Great talk about lateral moves");
    assertThat(answerTo(bo, "buddy status")).contains("Met.").doesNotContain("Great talk");
    AdminClient.Answer round = admin.get(cohortPath("/rounds/1"));
    assertThat(round.json().at("/groups/0").propertyNames()).containsExactly("members");
    assertThat(round.body()).doesNotContain("Great talk");
  }

  @Test
  void wrongCommandsAreAnsweredWithAReasonOrTheUsageLineTheWayTeamsTypesThem() throws Exception {
    assertThat(answerTo(ada, "buddy meet"))
        .contains("is not a buddy command")
        .doesNotContain("/buddy")
        .doesNotContain("Exception");
    assertThat(answerTo(ada, "buddy propose"))
        .contains("Say when you would like to meet.")
        .contains("Usage: buddy propose")
        .doesNotContain("/buddy");
    assertThat(answerTo(ada, "buddy propose someday"))
        .contains("I could not read that as a day and time; try tomorrow 15:00");

    work.dispatch();
    Thread.sleep(200);
    assertThat(sentTo(bo)).as("the welcome and the intro only").hasSize(2);
  }

  @Test
  void suggestAnotherTimeSendsAFormThatRefusesAnUnreadableTimeAndSendsAGoodOne() throws Exception {
    typed(ada, "buddy propose tomorrow 15:00");
    await(() -> sentTo(ada), 3);
    work.dispatch();
    ServeEvent proposal = await(() -> sentTo(bo), 3).get(2);

    // Bo presses "Suggest another time": a form card comes to his chat.
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(bo),
            bo,
            submitAction(card(proposal), "Suggest another time").path("data"),
            activityId(proposal)));
    ServeEvent formEvent = await(() -> sentTo(bo), 4).get(3);
    JsonNode form = card(formEvent);
    assertThat(form.toString()).contains("Input.Text").contains("\"id\":\"when\"");
    JsonNode send = submitAction(form, "Send to Ada Lovelace");

    // An unreadable time is refused with the reason; nothing reaches Ada.
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(bo),
            bo,
            withWhen(send.path("data"), "whenever suits"),
            activityId(formEvent)));
    assertThat(cardText(await(() -> sentTo(bo), 5).get(4)))
        .contains("when: I could not read that as a day and time");

    // A good one is read in New York and reaches Ada in Paris time.
    requests.post(
        requests.cardAction(
            serviceUrl,
            tenant,
            TeamsCalls.chatOf(bo),
            bo,
            withWhen(send.path("data"), "thu 10:00"),
            activityId(formEvent)));
    assertThat(cardText(await(() -> sentTo(bo), 6).get(5)))
        .contains("Proposed Thu 3 Dec at 10:00 (America/New_York) to Ada Lovelace");
    work.dispatch();
    ServeEvent counter = await(() -> sentTo(ada), 4).get(3);
    assertThat(cardText(counter))
        .contains("Bo Li proposes to meet on Thu 3 Dec at 16:00 (Europe/Paris)")
        .contains("For Bo Li")
        .contains("Thu 3 Dec at 10:00 (America/New_York)");
    submitAction(card(counter), "Accept");
  }

  // --- the people and their chats with the bot

  private TeamsRequests.Member member(String name, String fullName) {
    return new TeamsRequests.Member(
        "29:" + name + "-" + suffix, UUID.randomUUID().toString(), fullName);
  }

  /** The person installs the bot; their welcome arrives in their 1:1 chat. */
  private void installed(TeamsRequests.Member member) throws Exception {
    HttpResponse<String> ack =
        requests.post(
            requests.personalInstall(serviceUrl, tenant, TeamsCalls.chatOf(member), member));
    assertThat(ack.statusCode()).isEqualTo(200);
    await(() -> sentTo(member), 1);
  }

  /** The person types a line in their 1:1 chat with the bot. */
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

  /** A form's submit data with the value typed in its {@code when} input, as Teams merges them. */
  private static JsonNode withWhen(JsonNode data, String when) {
    ObjectNode submitted = ((ObjectNode) data).deepCopy();
    submitted.put("when", when);
    return submitted;
  }

  private String email(String name) {
    return name + "-" + suffix + "@example.com";
  }

  private String orgPath(String rest) {
    return "/api/admin/orgs/" + org + rest;
  }

  private String cohortPath(String rest) {
    return orgPath("/cohorts/" + cohort + rest);
  }

  private List<ServeEvent> refusedIn(String conversationId) {
    return teams.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(TeamsCalls.activitiesPath(conversationId)))
        .filter(e -> e.getResponse().getStatus() == 503)
        .toList();
  }

  private List<ServeEvent> sentTo(TeamsRequests.Member member) {
    return TeamsCalls.sentTo(teams, TeamsCalls.chatOf(member));
  }
}
