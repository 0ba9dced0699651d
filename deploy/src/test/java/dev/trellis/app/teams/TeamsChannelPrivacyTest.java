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
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.mongodb.client.model.Filters;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.teams.TeamsRequests;
import dev.trellis.testkit.teams.TeamsStandIn;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a person asks in a team channel or a group chat, others there can read: an answer that
 * carries the person's own content (their answers, buddy note, settings, a form with their answer)
 * goes to their 1:1 chat with the bot, and the channel gets only a pointer. Against the running
 * service with signed Bot Framework requests; a WireMock stands in for the Bot Framework (see
 * {@link TeamsStandIn}).
 */
class TeamsChannelPrivacyTest extends TeamsServiceTest {

  static final String SENT_TO_CHAT = "I sent you the answer in our chat.";

  /** Tue 1 Dec 2026, 15:00 in Paris: working time. */
  static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-01T14:00:00Z");

  String channel;

  /** What only Ada may read: her answer and her buddy note. */
  String answerMarker;

  String noteMarker;

  TeamsRequests.Member ada;
  TeamsRequests.Member bo;

  @BeforeEach
  void givenAdaAndBoInAnOrgWithAChannel() throws Exception {
    clock.set(TUESDAY_AFTERNOON);
    channel = "19:channel-" + suffix + "@thread.tacv2;messageid=1481567603816";
    answerMarker = "ADA-ANSWER-" + suffix + " I want to lead the platform team";
    noteMarker = "ADA-NOTE-" + suffix + " talked about leaving for a startup";
    givenTheTenantsOrg("privacy-");
    ada = member("ada", "Ada Lovelace");
    bo = member("bo", "Bo Li");
    givenPeople(ada, bo);
  }

  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    assertThat(TeamsCalls.everyCardIsValidAdaptiveCard15(teams)).isPositive();
  }

  // --- typed in a channel or a group chat

  @Test
  void historyBuddyStatusAndSettingsTypedInAChannelAnswerInThePersonsChat() throws Exception {
    givenAdaAnsweredAndNotedHerBuddyMeetup();

    assertAnsweredInHerChatOnly(
        "history",
        answerMarker,
        (to, text) -> requests.channelMention(serviceUrl, tenant, to, ada, text));
    assertAnsweredInHerChatOnly(
        "buddy status",
        noteMarker,
        (to, text) -> requests.channelMention(serviceUrl, tenant, to, ada, text));
    assertAnsweredInHerChatOnly(
        "settings",
        "Your Trellis settings",
        (to, text) -> requests.channelMention(serviceUrl, tenant, to, ada, text));

    assertNothingPersonalIn(channel);
  }

  @Test
  void historyBuddyStatusAndSettingsTypedInAGroupChatAnswerInThePersonsChat() throws Exception {
    givenAdaAnsweredAndNotedHerBuddyMeetup();
    channel = "19:group-" + suffix + "@thread.v2";

    for (String[] asked :
        List.of(
            new String[] {"history", answerMarker},
            new String[] {"buddy status", noteMarker},
            new String[] {"settings", "Your Trellis settings"})) {
      assertAnsweredInHerChatOnly(
          asked[0],
          asked[1],
          (to, text) -> requests.groupChatMention(serviceUrl, tenant, to, ada, text));
    }

    assertNothingPersonalIn(channel);
  }

  @Test
  void helpTypedInAChannelIsAnsweredThereForEveryone() throws Exception {
    installed(ada);
    int inHerChat = sentTo(TeamsCalls.chatOf(ada)).size();

    ObjectNode help = requests.channelMention(serviceUrl, tenant, channel, ada, "help");
    assertThat(requests.post(help).statusCode()).isEqualTo(200);

    ServeEvent answer = await(() -> sentTo(channel), 1).get(0);
    assertThat(cardText(answer)).contains("trellis pause 2w").doesNotContain(SENT_TO_CHAT);
    Thread.sleep(300);
    assertThat(sentTo(TeamsCalls.chatOf(ada))).hasSize(inHerChat);
  }

  // --- no 1:1 chat stored yet

  @Test
  void withoutAStoredChatOneIsOpenedForTheAnswerAndKept() throws Exception {
    // Bo never installed the bot: Trellis opens his 1:1 chat as the Bot Framework does.
    String opened = "a:opened-" + suffix;
    teams.stubFor(
        post(urlEqualTo(TeamsStandIn.CONNECTOR + "/v3/conversations"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"" + opened + "\"}")));

    ObjectNode asked = requests.channelMention(serviceUrl, tenant, channel, bo, "settings");
    assertThat(requests.post(asked).statusCode()).isEqualTo(200);

    assertThat(cardText(await(() -> sentTo(opened), 1).get(0))).contains("Your Trellis settings");
    assertThat(cardText(await(() -> sentTo(channel), 1).get(0))).contains(SENT_TO_CHAT);
    JsonNode open =
        json(
            TeamsCalls.eventsMatching(
                    teams, e -> e.getRequest().getUrl().endsWith("/v3/conversations"))
                .get(0)
                .getRequest()
                .getBodyAsString());
    assertThat(open.path("members").get(0).path("id").asText()).isEqualTo(bo.userId());
    assertThat(open.path("tenantId").asText()).isEqualTo(tenant);
    assertThat(open.path("isGroup").asBoolean()).isFalse();
    Document kept =
        db.getCollection("teams_conversations")
            .find(Filters.eq("_id", org + "/" + bo.aadObjectId()))
            .first();
    assertThat(kept).isNotNull();
    assertThat(kept.getString("conversationId")).isEqualTo(opened);
    assertNothingPersonalIn(channel);
  }

  @Test
  void whenNoPrivateChatCanBeOpenedTheChannelIsToldToOpenOneAndNothingPersonal() throws Exception {
    teams.stubFor(
        post(urlEqualTo(TeamsStandIn.CONNECTOR + "/v3/conversations"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"User"
                            + " blocked the conversation with the bot.\"}}")));

    ObjectNode asked = requests.channelMention(serviceUrl, tenant, channel, bo, "settings");
    assertThat(requests.post(asked).statusCode()).isEqualTo(200);

    String told = cardText(await(() -> sentTo(channel), 1).get(0));
    assertThat(told).contains("Open a chat with Trellis").doesNotContain("Your Trellis settings");
    Thread.sleep(300);
    assertThat(sentTo(channel)).hasSize(1);
    assertThat(
            TeamsCalls.eventsMatching(
                teams,
                e -> TeamsCalls.isPost(e) && e.getRequest().getUrl().endsWith("/activities")))
        .hasSize(1);
    assertNothingPersonalIn(channel);
  }

  // --- a card's button pressed in a channel

  @Test
  void editPressedOnHerCardInAChannelSendsTheFormWithHerAnswerToHerChat() throws Exception {
    ServeEvent saved = givenAdaAnswered();
    JsonNode edit = submitAction(card(saved), "Edit").path("data");
    int inHerChat = sentTo(TeamsCalls.chatOf(ada)).size();

    // Action.Submit: a message carrying the button's data, in the channel.
    requests.post(
        requests.channelCardAction(serviceUrl, tenant, channel, ada, edit, activityId(saved)));

    ServeEvent form = await(() -> sentTo(TeamsCalls.chatOf(ada)), inHerChat + 1).get(inHerChat);
    assertThat(cardText(form)).contains(answerMarker).contains("Input.Text");
    assertThat(cardText(await(() -> sentTo(channel), 1).get(0))).contains(SENT_TO_CHAT);

    // Action.Execute: the invoke is answered at once with a line only, the form goes to her chat.
    HttpResponse<String> invoked =
        requests.post(
            requests.channelExecute(serviceUrl, tenant, channel, ada, edit, activityId(saved)));
    assertThat(invoked.statusCode()).isEqualTo(200);
    assertThat(json(invoked.body()).path("type").asText())
        .isEqualTo("application/vnd.microsoft.activity.message");
    assertThat(invoked.body()).doesNotContain(answerMarker);
    assertThat(
            cardText(await(() -> sentTo(TeamsCalls.chatOf(ada)), inHerChat + 2).get(inHerChat + 1)))
        .contains(answerMarker);
    await(() -> sentTo(channel), 2);
    assertThat(
            TeamsCalls.eventsMatching(
                teams, e -> e.getRequest().getMethod().getName().equals("PUT")))
        .as("no card is replaced, in the channel or anywhere")
        .isEmpty();
    assertNothingPersonalIn(channel);
  }

  // --- the steps

  private interface Asking {
    ObjectNode activity(String conversationId, String text);
  }

  /**
   * Ada asks in {@link #channel}: the answer (with {@code expected}) arrives in her 1:1 chat, and
   * the channel gets one more line, the pointer, threaded to what she typed.
   */
  private void assertAnsweredInHerChatOnly(String command, String expected, Asking asking)
      throws Exception {
    int inHerChat = sentTo(TeamsCalls.chatOf(ada)).size();
    int inChannel = sentTo(channel).size();

    ObjectNode asked = asking.activity(channel, command);
    assertThat(requests.post(asked).statusCode()).isEqualTo(200);

    ServeEvent answer = await(() -> sentTo(TeamsCalls.chatOf(ada)), inHerChat + 1).get(inHerChat);
    assertThat(cardText(answer)).as(command).contains(expected);
    assertThat(json(answer.getRequest().getBodyAsString()).has("replyToId")).isFalse();
    ServeEvent pointer = await(() -> sentTo(channel), inChannel + 1).get(inChannel);
    assertThat(cardText(pointer)).as(command).contains(SENT_TO_CHAT);
    assertThat(json(pointer.getRequest().getBodyAsString()).path("replyToId").asText())
        .isEqualTo(asked.path("id").asText());
  }

  /** Every activity that reached the conversation is a pointer, or help: nothing of Ada's. */
  private void assertNothingPersonalIn(String conversationId) throws Exception {
    Thread.sleep(300);
    for (ServeEvent event :
        TeamsCalls.eventsMatching(
            teams,
            e -> e.getRequest().getUrl().contains(TeamsCalls.activitiesPath(conversationId)))) {
      String body = event.getRequest().getBodyAsString();
      assertThat(body)
          .doesNotContain("ADA-ANSWER-")
          .doesNotContain("ADA-NOTE-")
          .doesNotContain("Your Trellis settings")
          .doesNotContain("Europe/Paris")
          .doesNotContain("Your last")
          .doesNotContain("round 1");
    }
  }

  /** Ada answers a reflection prompt in her chat; answers the card that says it was saved. */
  private ServeEvent givenAdaAnswered() throws Exception {
    installed(ada);
    AdminClient.Answer prompted =
        admin.post("/api/admin/orgs/" + org + "/people/" + email("ada") + "/prompts");
    assertThat(prompted.status()).as(prompted.body()).isIn(200, 201, 202);
    work.dispatch();
    int before = await(() -> sentTo(TeamsCalls.chatOf(ada)), 2).size();
    assertThat(
            requests
                .post(
                    requests.personalMessage(
                        serviceUrl, tenant, TeamsCalls.chatOf(ada), ada, answerMarker))
                .statusCode())
        .isEqualTo(200);
    ServeEvent saved = await(() -> sentTo(TeamsCalls.chatOf(ada)), before + 1).get(before);
    assertThat(cardText(saved)).contains("Saved");
    return saved;
  }

  /** Ada answered a reflection, was paired with Bo, met him and kept a private note. */
  private void givenAdaAnsweredAndNotedHerBuddyMeetup() throws Exception {
    givenAdaAnswered();
    installed(bo);
    String cohortName = "Career lab " + suffix;
    AdminClient.Answer cohort =
        admin.postJson("/api/admin/orgs/" + org + "/cohorts", "{\"name\":\"" + cohortName + "\"}");
    assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
    String cohortPath = "/api/admin/orgs/" + org + "/cohorts/" + cohort.json().at("/id").asString();
    for (String name : List.of("ada", "bo")) {
      assertThat(admin.putJson(cohortPath + "/members/" + email(name), "{}").status())
          .isEqualTo(200);
    }
    assertThat(admin.post(cohortPath + "/rounds").status()).isEqualTo(201);
    int before = sentTo(TeamsCalls.chatOf(ada)).size();
    work.dispatch();
    await(() -> sentTo(TeamsCalls.chatOf(ada)), before + 1);

    clock.set(Instant.parse("2026-12-02T16:00:00Z")); // Wed, after they met
    before = sentTo(TeamsCalls.chatOf(ada)).size();
    requests.post(
        requests.personalMessage(
            serviceUrl, tenant, TeamsCalls.chatOf(ada), ada, "buddy done " + noteMarker));
    assertThat(cardText(await(() -> sentTo(TeamsCalls.chatOf(ada)), before + 1).get(before)))
        .contains("Marked your meetup with Bo Li as done");
  }

  private TeamsRequests.Member member(String name, String fullName) {
    return new TeamsRequests.Member(
        "29:" + name + "-" + suffix, UUID.randomUUID().toString(), fullName);
  }

  private void givenPeople(TeamsRequests.Member... members) {
    StringBuilder csv = new StringBuilder("email,name,time_zone,department,teams_aad_object_id\n");
    String[] departments = {"Engineering", "Design"};
    for (int i = 0; i < members.length; i++) {
      TeamsRequests.Member m = members[i];
      String name = m.userId().substring(3, m.userId().indexOf('-'));
      csv.append(
          String.join(
                  ",",
                  email(name),
                  m.name(),
                  "Europe/Paris",
                  departments[i % departments.length],
                  m.aadObjectId())
              + "\n");
    }
    AdminClient.Answer imported =
        admin.postCsv("/api/admin/orgs/" + org + "/people", csv.toString());
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  /** The person installs the bot; their welcome arrives in their 1:1 chat. */
  private void installed(TeamsRequests.Member member) throws Exception {
    assertThat(
            requests
                .post(
                    requests.personalInstall(serviceUrl, tenant, TeamsCalls.chatOf(member), member))
                .statusCode())
        .isEqualTo(200);
    await(() -> sentTo(TeamsCalls.chatOf(member)), 1);
  }

  private String email(String name) {
    return name + "-" + suffix + "@example.com";
  }

  private List<ServeEvent> sentTo(String conversationId) {
    return TeamsCalls.sentTo(teams, conversationId);
  }
}
