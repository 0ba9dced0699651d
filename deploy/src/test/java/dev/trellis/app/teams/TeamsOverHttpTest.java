package dev.trellis.app.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.trellis.app.teams.TeamsCalls.activitiesPath;
import static dev.trellis.app.teams.TeamsCalls.activityId;
import static dev.trellis.app.teams.TeamsCalls.await;
import static dev.trellis.app.teams.TeamsCalls.card;
import static dev.trellis.app.teams.TeamsCalls.cardText;
import static dev.trellis.app.teams.TeamsCalls.isPost;
import static dev.trellis.app.teams.TeamsCalls.json;
import static dev.trellis.app.teams.TeamsCalls.submitAction;
import static dev.trellis.testkit.teams.TeamsStandIn.ACCESS_TOKEN;
import static dev.trellis.testkit.teams.TeamsStandIn.CONNECTOR;
import static dev.trellis.testkit.teams.TeamsStandIn.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.mongodb.client.model.Filters;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.teams.TeamsRequests;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The running service with Teams connected (an app id and password): activities are posted to
 * {@code /api/messages} with Bot Framework tokens signed by a key generated here, whose OpenID
 * metadata and key set a WireMock serves; the same WireMock is the connector (each activity's
 * {@code serviceUrl}) and the token endpoint. The SDK's metadata URL is static state, so it is set
 * before the context starts and restored after, and the context is not reused.
 */
class TeamsOverHttpTest extends TeamsServiceTest {

  @BeforeEach
  void givenATenantItsOrgAndTheConnector() {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
    givenTheTenantsOrg("teams-");
  }

  /** Every Adaptive Card that reached the connector in a test is valid Adaptive Card 1.5. */
  @AfterEach
  void everyCardSentIsValidAdaptiveCard15() {
    int cards = TeamsCalls.everyCardIsValidAdaptiveCard15(teams);
    assertThat(cards).as("every test here gets at least one card from Trellis").isPositive();
  }

  // --- 1. authentication

  @Test
  void noTokenAnExpiredTokenOrAnotherKeysTokenIs401AndNothingIsStored() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);
    ObjectNode help = requests.personalMessage(serviceUrl, tenant, chatOf("ada"), ada, "help");
    long stored = storedRequests();
    Instant past = Instant.now().minus(Duration.ofHours(3));
    String expired =
        TeamsRequests.signed(
            requests
                .token(help)
                .withNotBefore(Date.from(past))
                .withIssuedAt(Date.from(past))
                .withExpiresAt(Date.from(past.plus(Duration.ofHours(1)))),
            TeamsRequests.KEYS);
    String otherKey = TeamsRequests.signed(requests.token(help), TeamsRequests.OTHER_KEYS);

    HttpResponse<String> none = requests.post(help, null);
    HttpResponse<String> old = requests.post(help, expired);
    HttpResponse<String> forged = requests.post(help, otherKey);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(old.statusCode()).isEqualTo(401);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(storedRequests()).isEqualTo(stored);
    assertThat(db.getCollection("teams_conversations").countDocuments(ofOrg())).isZero();
    Thread.sleep(300);
    assertThat(connectorCalls()).isEmpty();

    // The same activity with a valid token is taken: the refusals were about the tokens.
    assertThat(requests.post(help).statusCode()).isEqualTo(200);
    assertThat(storedRequests()).isEqualTo(stored + 1);
    await(() -> sentTo(chatOf("ada")), 1);
  }

  // --- 2. installation

  @Test
  void aPersonalInstallStoresTheConversationAndSendsAWelcome() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);

    HttpResponse<String> ack =
        requests.post(requests.personalInstall(serviceUrl, tenant, chatOf("ada"), ada));

    assertThat(ack.statusCode()).isEqualTo(200);
    ServeEvent welcome = await(() -> sentTo(chatOf("ada")), 1).get(0);
    assertThat(welcome.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
    assertThat(cardText(welcome)).contains("Hello, I am Trellis");
    Document conversation =
        db.getCollection("teams_conversations")
            .find(Filters.eq("_id", org + "/" + ada.aadObjectId()))
            .first();
    assertThat(conversation).isNotNull();
    assertThat(conversation.getString("conversationId")).isEqualTo(chatOf("ada"));
    assertThat(conversation.getString("serviceUrl")).isEqualTo(serviceUrl);
    assertThat(conversation.getString("tenantId")).isEqualTo(tenant);
    assertThat(conversation.getString("botId")).isEqualTo("28:" + APP_ID);
    assertThat(conversation.getString("userId")).isEqualTo(ada.userId());
  }

  @Test
  void theConnectorTokenComesFromTheTokenEndpointWithTheAppsCredentials() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);
    requests.post(requests.personalInstall(serviceUrl, tenant, chatOf("ada"), ada));
    await(() -> sentTo(chatOf("ada")), 1);

    // The token may have been fetched by an earlier test (it is cached); then this one used it.
    List<ServeEvent> tokenCalls = eventsMatching(e -> e.getRequest().getUrl().equals(TOKEN_PATH));
    for (ServeEvent call : tokenCalls) {
      String form = URLDecoder.decode(call.getRequest().getBodyAsString(), StandardCharsets.UTF_8);
      assertThat(form)
          .contains("grant_type=client_credentials")
          .contains("client_id=" + APP_ID)
          .contains("client_secret=" + APP_PASSWORD)
          .contains("scope=https://api.botframework.com/.default");
    }
    assertThat(sentTo(chatOf("ada")).get(0).getRequest().getHeader("Authorization"))
        .isEqualTo("Bearer " + ACCESS_TOKEN);
  }

  // --- 3. commands

  @Test
  void helpTypedInThePersonalChatIsAnsweredThere() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);
    ObjectNode help = requests.personalMessage(serviceUrl, tenant, chatOf("ada"), ada, "help");

    assertThat(requests.post(help).statusCode()).isEqualTo(200);

    ServeEvent answer = await(() -> sentTo(chatOf("ada")), 1).get(0);
    JsonNode activity = json(answer.getRequest().getBodyAsString());
    assertThat(activity.path("replyToId").asText()).isEqualTo(help.path("id").asText());
    // Commands as they are typed on Teams: no slash.
    assertThat(cardText(answer)).contains("trellis pause 2w").doesNotContain("/trellis");
  }

  @Test
  void helpWithTheBotMentionedInAChannelIsAnsweredInThatChannel() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);
    String channel = "19:channel" + suffix + "@thread.skype;messageid=1481567603816";
    ObjectNode help = requests.channelMention(serviceUrl, tenant, channel, ada, "help");

    assertThat(requests.post(help).statusCode()).isEqualTo(200);

    ServeEvent answer = await(() -> sentTo(channel), 1).get(0);
    assertThat(json(answer.getRequest().getBodyAsString()).path("replyToId").asText())
        .isEqualTo(help.path("id").asText());
    assertThat(cardText(answer)).contains("trellis pause 2w");
    assertThat(answer.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
  }

  @Test
  void aWrongCommandInAChannelGetsItsUsageLineTheWayTeamsTypesIt() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);
    String channel = "19:channel" + suffix + "@thread.skype;messageid=1481567603817";

    requests.post(requests.channelMention(serviceUrl, tenant, channel, ada, "pause forever"));

    String answer = cardText(await(() -> sentTo(channel), 1).get(0));
    assertThat(answer).contains("Usage: trellis pause").doesNotContain("/trellis pause");
    assertThat(answer).doesNotContain("Exception");
  }

  /**
   * In the personal chat a typed line is an answer or a command (the engine decides); a line that
   * starts with a command word but does not parse gets that command's usage line.
   */
  @Test
  void aWrongCommandInThePersonalChatGetsItsUsageLine() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);

    requests.post(
        requests.personalMessage(serviceUrl, tenant, chatOf("ada"), ada, "pause forever"));

    String answer = cardText(await(() -> sentTo(chatOf("ada")), 1).get(0));
    assertThat(answer).contains("Usage: trellis pause").doesNotContain("/trellis pause");
    assertThat(answer).doesNotContain("Exception");
  }

  // --- 4. a reflection, answered, shared, on the manager's agenda

  @Test
  void aReflectionIsAnsweredSharedAndReachesTheManagersAgenda() throws Exception {
    TeamsRequests.Member maya = givenPerson("maya", null);
    TeamsRequests.Member ray = givenPerson("ray", "maya");
    givenWeeklyOneOnOne("maya", "ray", "THU", "10:00");
    installed("maya", maya);
    installed("ray", ray);

    // The prompt reaches Ray in his stored 1:1 chat with the bot, as a card.
    sendPromptNow("ray");
    work.dispatch();
    ServeEvent prompt = await(() -> sentTo(chatOf("ray")), 2).get(1);
    assertThat(json(prompt.getRequest().getBodyAsString()).has("replyToId")).isFalse();
    assertThat(card(prompt).path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(prompt.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);

    // He answers by typing in the chat; the answer is saved and he is offered to share it.
    ObjectNode reply =
        requests.personalMessage(
            serviceUrl, tenant, chatOf("ray"), ray, "I want to lead the data platform migration");
    assertThat(requests.post(reply).statusCode()).isEqualTo(200);
    ServeEvent saved = await(() -> sentTo(chatOf("ray")), 3).get(2);
    assertThat(json(saved.getRequest().getBodyAsString()).path("replyToId").asText())
        .isEqualTo(reply.path("id").asText());
    assertThat(cardText(saved)).contains("Saved");
    JsonNode share = submitAction(card(saved), "Share");

    // He presses Share on that card: the card is replaced in place.
    String savedCardId = activityId(saved);
    requests.post(
        requests.cardAction(
            serviceUrl, tenant, chatOf("ray"), ray, share.path("data"), savedCardId));
    ServeEvent update = await(() -> updatesOf(chatOf("ray"), savedCardId), 1).get(0);
    JsonNode updated = json(update.getRequest().getBodyAsString());
    assertThat(updated.path("id").asText()).isEqualTo(savedCardId);
    assertThat(updated.path("attachments").get(0).path("content").path("type").asText())
        .isEqualTo("AdaptiveCard");
    assertThat(update.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);

    // Thursday morning, Maya's agenda card for the 1:1 shows what Ray shared.
    int before = sentTo(chatOf("maya")).size();
    clock.set(Instant.parse("2026-10-22T06:00:00Z"));
    work.runDueSteps();
    work.dispatch();
    ServeEvent agenda = await(() -> sentTo(chatOf("maya")), before + 1).get(before);
    assertThat(cardText(agenda)).contains("lead the data platform migration");
  }

  // --- 5. the last 15 minutes of a 1:1

  @Test
  void theLastFifteenMinutesNudgeReachesBothAndWeDidItUpdatesTheCard() throws Exception {
    TeamsRequests.Member maya = givenPerson("maya", null);
    TeamsRequests.Member ray = givenPerson("ray", "maya");
    givenWeeklyOneOnOne("maya", "ray", "THU", "10:00");
    installed("maya", maya);
    installed("ray", ray);

    clock.set(Instant.parse("2026-10-22T08:15:00Z")); // 10:15 in Berlin
    work.runDueSteps();
    work.dispatch();
    ServeEvent rayNudge = await(() -> sentTo(chatOf("ray")), 2).get(1);
    ServeEvent mayaNudge = await(() -> sentTo(chatOf("maya")), 2).get(1);
    JsonNode didIt = submitAction(card(rayNudge), "We did it");
    submitAction(card(mayaNudge), "We did it");

    String nudgeId = activityId(rayNudge);
    requests.post(
        requests.cardAction(serviceUrl, tenant, chatOf("ray"), ray, didIt.path("data"), nudgeId));

    ServeEvent update = await(() -> updatesOf(chatOf("ray"), nudgeId), 1).get(0);
    JsonNode updated = json(update.getRequest().getBodyAsString());
    assertThat(updated.path("id").asText()).isEqualTo(nudgeId);
    assertThat(updated.path("attachments").get(0).path("content").toString()).contains("We did it");
  }

  // --- 6. a 429 storm

  @Test
  void a429StormDelaysButNeverLosesAMessage() throws Exception {
    TeamsRequests.Member ada = givenPerson("ada", null);
    installed("ada", ada);
    String path = activitiesPath(chatOf("ada"));
    teams.stubFor(
        post(urlEqualTo(path))
            .inScenario("storm")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow\"}}"))
            .willSetStateTo("still storming"));
    teams.stubFor(
        post(urlEqualTo(path))
            .inScenario("storm")
            .whenScenarioStateIs("still storming")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("calm"));
    teams.stubFor(
        post(urlEqualTo(path))
            .inScenario("storm")
            .whenScenarioStateIs("calm")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"1700000000001\"}")));

    sendPromptNow("ada");
    for (int i = 0; i < 10 && sentTo(chatOf("ada")).size() < 2; i++) {
      work.dispatch();
      clock.advance(Duration.ofSeconds(2));
    }

    List<ServeEvent> attempts =
        eventsMatching(e -> e.getRequest().getUrl().equals(path) && !isWelcome(e) && isPost(e));
    assertThat(attempts)
        .extracting(e -> e.getResponse().getStatus())
        .containsExactly(429, 429, 201);
    assertThat(sentTo(chatOf("ada"))).hasSize(2); // the welcome, and the prompt once
    assertThat(admin.get("/api/admin/orgs/" + org + "/outbox?state=dead").json().size()).isZero();
    assertThat(admin.get("/api/admin/orgs/" + org + "/outbox?state=pending").json().size())
        .isZero();
  }

  @Test
  void installedInATeamTheBotLinksItsMembersAndOpensA1to1WithThoseItHasNotTalkedTo()
      throws Exception {
    TeamsRequests.Member ray = givenPerson("ray", null);
    String rayAad = ray.aadObjectId();
    // Known by email only: the roster links him.
    String sam = "sam-" + suffix.toLowerCase() + "@example.com";
    assertThat(
            admin
                .postCsv(
                    "/api/admin/orgs/" + org + "/people",
                    "email,name,time_zone\n" + sam + ",Sam Test,Europe/Berlin\n")
                .status())
        .isEqualTo(200);
    String samAad = UUID.randomUUID().toString();
    String team = "19:team-" + suffix + "@thread.tacv2";
    teams.stubFor(
        get(urlPathMatching(CONNECTOR + "/v3/conversations/[^/]+/pagedmembers"))
            .willReturn(
                okJson(
                    "{\"members\":["
                        + "{\"id\":\""
                        + ray.userId()
                        + "\",\"objectId\":\""
                        + rayAad
                        + "\",\"userRole\":\"user\"},"
                        + "{\"id\":\"29:sam\",\"objectId\":\""
                        + samAad
                        + "\",\"email\":\""
                        + sam
                        + "\",\"userRole\":\"user\"},"
                        + "{\"id\":\"29:guest\",\"objectId\":\""
                        + UUID.randomUUID()
                        + "\",\"userRole\":\"guest\"}]}")));
    teams.stubFor(
        post(urlPathMatching(CONNECTOR + "/v3/conversations"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"a:1-{{randomValue length=8 type='ALPHANUMERIC'}}\"}")
                    .withTransformers("response-template")));
    ObjectNode install =
        requests.activity(
            "installation-update.add.team.json",
            serviceUrl,
            tenant,
            "19:general-" + suffix + "@thread.tacv2",
            ray);
    ((ObjectNode) install.get("channelData").get("team")).put("id", team).put("name", "Platform");

    assertThat(requests.post(install).statusCode()).isEqualTo(200);

    await(() -> opened(), 2);
    await(() -> sentTo("19:general-" + suffix + "@thread.tacv2"), 1); // the team's welcome
    assertThat(db.getCollection("teams_conversations").countDocuments(ofOrg())).isEqualTo(2);
    assertThat(admin.get("/api/admin/orgs/" + org + "/people?size=200").body())
        .contains("\"teamsAadObjectId\":\"" + samAad + "\"");
  }

  private List<ServeEvent> opened() {
    return eventsMatching(
        e ->
            e.getRequest().getMethod().getName().equals("POST")
                && e.getRequest().getUrl().endsWith("/v3/conversations"));
  }

  // --- the people, their chats with the bot, their 1:1s

  private TeamsRequests.Member givenPerson(String name, String manager) {
    TeamsRequests.Member member =
        new TeamsRequests.Member(
            "29:" + name + "-" + suffix, UUID.randomUUID().toString(), capitalized(name) + " Test");
    String csv =
        "email,name,manager_email,time_zone,teams_aad_object_id\n"
            + String.join(
                ",",
                email(name),
                member.name(),
                manager == null ? "" : email(manager),
                "Europe/Berlin",
                member.aadObjectId())
            + "\n";
    AdminClient.Answer answer = admin.postCsv("/api/admin/orgs/" + org + "/people", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return member;
  }

  /** The person installs the bot; their welcome arrives in their 1:1 chat. */
  private void installed(String name, TeamsRequests.Member member) throws Exception {
    assertThat(requests.post(requests.personalInstall(serviceUrl, tenant, chatOf(name), member)))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    await(() -> sentTo(chatOf(name)), 1);
  }

  private void givenWeeklyOneOnOne(String manager, String report, String weekday, String start) {
    String csv =
        "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
            + String.join(
                ",", email(manager), email(report), "WEEKLY", weekday, start, "30", "Europe/Berlin")
            + "\n";
    AdminClient.Answer answer = admin.postCsv("/api/admin/orgs/" + org + "/one-on-ones", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private void sendPromptNow(String name) {
    AdminClient.Answer answer =
        admin.post("/api/admin/orgs/" + org + "/people/" + email(name) + "/prompts");
    assertThat(answer.status()).as(answer.body()).isIn(200, 201, 202);
  }

  private String email(String name) {
    return name + "-" + suffix + "@example.com";
  }

  private String chatOf(String name) {
    return "a:1on1-" + name + "-" + suffix;
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Requests in the inbox or done; one moving from the one to the other counts once. */
  private long storedRequests() {
    Set<Object> keys = new HashSet<>();
    db.getCollection("inbox").find().forEach(d -> keys.add(d.get("_id")));
    db.getCollection("inbox_done").find().forEach(d -> keys.add(d.get("_id")));
    return keys.size();
  }

  private org.bson.conversions.Bson ofOrg() {
    return Filters.eq("org", org);
  }

  // --- what reached the stand-in connector

  /** Activities the connector took (201) in this conversation, oldest first. */
  private List<ServeEvent> sentTo(String conversationId) {
    return TeamsCalls.sentTo(teams, conversationId);
  }

  /** Updates of one activity the connector took. */
  private List<ServeEvent> updatesOf(String conversationId, String activityId) {
    return TeamsCalls.updatesOf(teams, conversationId, activityId);
  }

  private List<ServeEvent> connectorCalls() {
    return eventsMatching(e -> e.getRequest().getUrl().startsWith(CONNECTOR + "/v3/"));
  }

  private static List<ServeEvent> eventsMatching(Predicate<ServeEvent> which) {
    return TeamsCalls.eventsMatching(teams, which);
  }

  private static boolean isWelcome(ServeEvent event) {
    return event.getRequest().getBodyAsString().contains("Hello, I am Trellis");
  }
}
