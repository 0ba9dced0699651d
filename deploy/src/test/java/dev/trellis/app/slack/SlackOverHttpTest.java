package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.formOf;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.trellis.app.AdminClient;
import dev.trellis.testkit.Fixtures;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The running service with Slack connected over HTTP (one workspace, by its bot token), and a
 * WireMock standing in for Slack's Web API and response URLs. Requests are the shared Slack payload
 * samples, with this test's ids put in and a valid signature.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackOverHttpTest extends SlackServiceTest {

  @BeforeEach
  void givenTheWorkspaceAndItsPeople() {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
  }

  @Test
  void theWorkspaceOfTheBotTokenGotItsOrgAtStartUp() {
    assertThat(orgs.findById(org).orElseThrow().name()).isEqualTo("Test Domain");
  }

  @Test
  void urlVerificationIsAnsweredWithTheChallenge() throws Exception {
    String body = Fixtures.text(Fixtures.slack("event.url-verification.json"));

    HttpResponse<String> response = requests.post(body, "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  @Test
  void aForgedOrStaleRequestIs401AndNothingHappens() throws Exception {
    String ada = givenPerson("ada");
    String body = SlackRequests.slashCommand(TEAM, ada, "/trellis", "pause 2w", respondUrl("f"));
    long now = Instant.now().getEpochSecond();
    long stored = storedRequests();

    HttpResponse<String> forged = requests.post(body, FORM, now, "not-the-secret", Map.of());
    HttpResponse<String> stale = requests.post(body, FORM, now - 6 * 60, SIGNING_SECRET, Map.of());
    String tampered = body.replace("pause+2w", "pause+4w");
    HttpResponse<String> changed =
        requests.post(
            tampered,
            FORM,
            now,
            SIGNING_SECRET,
            Map.of("X-Slack-Signature", SlackRequests.signature(SIGNING_SECRET, now, body)));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(changed.statusCode()).isEqualTo(401);
    assertThat(storedRequests()).isEqualTo(stored);
    Thread.sleep(300);
    assertThat(slack.findAll(postRequestedFor(urlPathEqualTo("/respond/f")))).isEmpty();
  }

  @Test
  void aRequestSignedMoreThanFiveMinutesAheadIs401AndNothingHappens() throws Exception {
    String ada = givenPerson("ada");
    String body = SlackRequests.slashCommand(TEAM, ada, "/trellis", "pause 2w", respondUrl("ft"));
    long inSixMinutes = Instant.now().getEpochSecond() + 6 * 60;
    long stored = storedRequests();

    HttpResponse<String> future = requests.post(body, FORM, inSixMinutes, SIGNING_SECRET, Map.of());

    assertThat(future.statusCode()).isEqualTo(401);
    assertThat(storedRequests()).isEqualTo(stored);
  }

  @Test
  void unsignedMalformedBodiesAre401WithOneLogLineEachAndNoStackTrace(CapturedOutput output)
      throws Exception {
    long now = Instant.now().getEpochSecond();
    Map<String, String> unsigned = Map.of("X-Slack-Signature", "v0=00");
    String multipart = "multipart/form-data; boundary=XyZ";

    List<Integer> statuses =
        List.of(
            requests.post("payload=[]", FORM, now, SIGNING_SECRET, unsigned).statusCode(),
            requests
                .post("[1,2,3]", "application/json", now, SIGNING_SECRET, unsigned)
                .statusCode(),
            requests
                .post("--XyZ\r\nContent-Disp", multipart, now, SIGNING_SECRET, unsigned)
                .statusCode());

    assertThat(statuses).containsExactly(401, 401, 401);
    assertThat(
            output.getOut().lines().filter(l -> l.contains("Refused a request to /slack/events")))
        .hasSize(3);
    assertThat(output.getOut()).doesNotContain("\tat com.slack").doesNotContain("Exception");
  }

  @Test
  void signedMalformedBodiesAre400Or415WithOneLogLineAndNoStackTrace(CapturedOutput output)
      throws Exception {
    HttpResponse<String> emptyPayload = requests.post("payload=[]", FORM);
    HttpResponse<String> jsonArray = requests.post("[1,2,3]", "application/json");
    HttpResponse<String> cutJson = requests.post("{\"type\":\"event_call", "application/json");
    HttpResponse<String> multipart =
        requests.post("--XyZ\r\nContent-Disp", "multipart/form-data; boundary=XyZ");

    assertThat(emptyPayload.statusCode()).isEqualTo(400);
    assertThat(jsonArray.statusCode()).isEqualTo(400);
    assertThat(cutJson.statusCode()).isEqualTo(400);
    assertThat(multipart.statusCode()).isEqualTo(415);
    assertThat(output.getOut().lines().filter(l -> l.contains("Refused a")))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("WARN", "/slack/events"));
    assertThat(output.getOut()).doesNotContain("\tat com.slack").doesNotContain("Exception");
  }

  @Test
  void aButtonWhoseActionIdIsNotTrellissIsIgnoredOnceWithOneWarning(CapturedOutput output)
      throws Exception {
    String ada = givenPerson("ada");
    String press =
        SlackRequests.blockAction(
            TEAM, ada, "Not-Ours!", "x", respondUrl("na"), "D0ADA", "1503435956.000247");

    HttpResponse<String> response = requests.post(press, FORM);

    assertThat(response.statusCode()).isEqualTo(200);
    SlackCalls.awaitUntil(() -> ignoredRequests() > 0);
    assertThat(ignoredRequests()).isEqualTo(1);
    assertThat(output.getOut().lines().filter(l -> l.contains("can never be handled")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("WARN"));
    assertThat(output.getOut()).doesNotContain("Gave up a SLACK").doesNotContain("tried again");
  }

  @Test
  void aSlashCommandIsAcknowledgedAtOnceAndAnsweredThroughItsResponseUrl() throws Exception {
    String ada = givenPerson("ada");

    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(TEAM, ada, "/trellis", "help", respondUrl("help")), FORM);

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).isEmpty();
    Map<String, String> answer = jsonOf(await(() -> requestsTo("/respond/help"), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    assertThat(answer.get("text")).contains("/trellis pause 2w");
  }

  @Test
  void aWrongCommandGetsItsUsageLine() throws Exception {
    String ada = givenPerson("ada");

    requests.post(
        SlackRequests.slashCommand(TEAM, ada, "/trellis", "pause forever", respondUrl("usage")),
        FORM);

    String text = jsonOf(await(() -> requestsTo("/respond/usage"), 1).get(0)).get("text");
    assertThat(text).contains("Usage: /trellis pause");
    assertThat(text).doesNotContain("<").doesNotContain("Exception");
  }

  @Test
  void someoneTrellisDoesNotKnowIsToldSoInTheAcknowledgement() throws Exception {
    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(TEAM, "W0NOBODY0", "/trellis", "help", respondUrl("x")),
            FORM);

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).contains("Trellis does not know you yet");
  }

  @Test
  void aRetriedEventIsHandledOnce() throws Exception {
    String ada = givenPerson("ada");
    sendPromptNow("ada");
    work.dispatch();
    String event =
        SlackRequests.event(
            "event.message.channel.json",
            SlackRequests.directMessage(ada, "I want to learn to lead a team"),
            TEAM,
            "Ev" + suffix);

    requests.post(event, "application/json");
    requests.post(
        event,
        "application/json",
        Instant.now().getEpochSecond(),
        SIGNING_SECRET,
        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

    await(() -> postsTo(ada), 2); // the prompt, and one answer to the reply
    Thread.sleep(500);
    assertThat(postsTo(ada)).hasSize(2);
  }

  @Test
  void aReflectionIsAnsweredSharedAndReachesTheManagersAgenda() throws Exception {
    String maya = givenPerson("maya");
    String ray = givenPerson("ray", "maya");
    givenWeeklyOneOnOne("maya", "ray", "THU", "10:00");

    // The prompt reaches Ray in his DM with the bot.
    sendPromptNow("ray");
    work.dispatch();
    Map<String, String> prompt = formOf(await(() -> postsTo(ray), 1).get(0));
    assertThat(prompt.get("channel")).isEqualTo(ray);
    assertThat(prompt.get("blocks")).contains("\"type\":\"actions\"");

    // He answers by replying in the DM; the answer is saved and he is offered to share it.
    requests.post(
        SlackRequests.event(
            "event.message.channel.json",
            SlackRequests.directMessage(ray, "I want to lead the data platform migration"),
            TEAM,
            "Ev" + suffix),
        "application/json");
    Map<String, String> saved = formOf(await(() -> postsTo(ray), 2).get(1));
    JsonNode share = button(saved.get("blocks"), "Share");

    // He shares it with the button on that message.
    press(ray, share, "share");
    Map<String, String> shared = jsonOf(await(() -> requestsTo("/respond/share"), 1).get(0));
    assertThat(shared).containsEntry("replace_original", "true");

    // Thursday morning, Maya's agenda for the 1:1 shows what Ray shared.
    clock.set(Instant.parse("2026-10-22T06:00:00Z"));
    work.runDueSteps();
    work.dispatch();
    String agenda = formOf(await(() -> postsTo(maya), 1).get(0)).get("blocks");
    assertThat(agenda).contains("lead the data platform migration");
  }

  @Test
  void theLastFifteenMinutesNudgeIsAnsweredWithAButton() throws Exception {
    String maya = givenPerson("maya");
    String ray = givenPerson("ray", "maya");
    givenWeeklyOneOnOne("maya", "ray", "THU", "10:00");

    clock.set(Instant.parse("2026-10-22T08:15:00Z")); // 10:15 in Berlin
    work.runDueSteps();
    work.dispatch();
    Map<String, String> nudge = formOf(await(() -> postsTo(ray), 1).get(0));
    await(() -> postsTo(maya), 1);
    JsonNode didIt = button(nudge.get("blocks"), "We did it");

    press(ray, didIt, "did-it");

    Map<String, String> answer = jsonOf(await(() -> requestsTo("/respond/did-it"), 1).get(0));
    assertThat(answer).containsEntry("replace_original", "true");
    assertThat(answer.get("text")).isNotBlank();
  }

  @Test
  void historyAskedInAChannelIsShownOnlyToThePersonAndNothingIsPostedThere() throws Exception {
    String ray = givenPerson("ray");
    String marker = "RAY-ANSWER-" + suffix + " I want to lead the data platform migration";
    sendPromptNow("ray");
    work.dispatch();
    await(() -> postsTo(ray), 1);
    requests.post(
        SlackRequests.event(
            "event.message.channel.json",
            SlackRequests.directMessage(ray, marker),
            TEAM,
            "Ev" + suffix),
        "application/json");
    await(() -> postsTo(ray), 2);
    int posts = requestsTo("/api/chat.postMessage").size();

    // The slash command sample is typed in a channel (channel_id C111).
    requests.post(
        SlackRequests.slashCommand(TEAM, ray, "/trellis", "history", respondUrl("history")), FORM);

    Map<String, String> answer = jsonOf(await(() -> requestsTo("/respond/history"), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    assertThat(answer.get("blocks") + answer.get("text")).contains("RAY-ANSWER-" + suffix);
    Thread.sleep(300);
    assertThat(requestsTo("/api/chat.postMessage")).hasSize(posts);
    assertThat(requestsTo("/api/chat.postMessage", "C111")).isEmpty();
  }

  @Test
  void aPersonalAnswerToAButtonInAChannelNeverReplacesTheMessageOthersSee() throws Exception {
    String maya = givenPerson("maya");
    String ray = givenPerson("ray", "maya");
    givenWeeklyOneOnOne("maya", "ray", "THU", "10:00");
    clock.set(Instant.parse("2026-10-22T08:15:00Z")); // 10:15 in Berlin
    work.runDueSteps();
    work.dispatch();
    JsonNode didIt = button(formOf(await(() -> postsTo(ray), 1).get(0)).get("blocks"), "We did it");
    await(() -> postsTo(maya), 1);
    int posts = requestsTo("/api/chat.postMessage").size();

    // The same button, on a message in a channel (as if the nudge had been forwarded there).
    requests.pressInChannel(TEAM, ray, didIt, respondUrl("in-channel"), "C0PUBLIC1");

    Map<String, String> answer = jsonOf(await(() -> requestsTo("/respond/in-channel"), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    assertThat(answer).containsEntry("replace_original", "false");
    Thread.sleep(300);
    assertThat(requestsTo("/api/chat.postMessage")).hasSize(posts);
  }

  @Test
  void theAppHomeShowsTheNextOneOnOneWhenOpened() throws Exception {
    String maya = givenPerson("maya");
    String ray = givenPerson("ray", "maya");
    givenWeeklyOneOnOne("maya", "ray", "THU", "10:00");
    JsonNode opened = SlackRequests.sample("event.app-home-opened.inner-event.json");
    ((tools.jackson.databind.node.ObjectNode) opened).put("user", ray).put("tab", "home");

    requests.post(
        SlackRequests.event(
            "event.app-home-opened.messages-tab.org-install.json", opened, TEAM, "Ev" + suffix),
        "application/json");

    Map<String, String> publish =
        formOf(await(() -> requestsTo("/api/views.publish", ray), 1).get(0));
    assertThat(publish.get("view")).contains("Next 1:1").contains("Maya");
    assertThat(maya).isNotBlank();
  }

  @Test
  void theAnswerFormOpensAsAModalKeepsItOpenWithAnErrorAndSavesOnceFilledIn() throws Exception {
    String ada = givenPerson("ada");
    sendPromptNow("ada");
    work.dispatch();
    JsonNode answerButton =
        button(formOf(await(() -> postsTo(ada), 1).get(0)).get("blocks"), "Answer");

    press(ada, answerButton, "answer");
    JsonNode modal =
        SlackRequests.JSON.readTree(
            formOf(await(() -> requestsTo("/api/views.open"), 1).get(0)).get("view"));
    String callbackId = modal.get("callback_id").asString();
    String reference = modal.get("private_metadata").asString();
    String answerInput = modal.get("blocks").get(0).get("block_id").asString();

    HttpResponse<String> empty =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM, ada, callbackId, reference, Map.of(answerInput, "  ")),
            FORM);
    HttpResponse<String> filled =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM, ada, callbackId, reference, Map.of(answerInput, "Pair with the SRE team")),
            FORM);

    assertThat(empty.statusCode()).isEqualTo(200);
    JsonNode errors = SlackRequests.JSON.readTree(empty.body());
    assertThat(errors.get("response_action").asString()).isEqualTo("errors");
    assertThat(errors.get("errors").has(answerInput)).isTrue();
    assertThat(filled.statusCode()).isEqualTo(200);
    assertThat(filled.body()).doesNotContain("errors");
    work.dispatch();
    assertThat(formOf(await(() -> postsTo(ada), 2).get(1)).get("text")).startsWith("Saved");
  }

  @Test
  void a429StormDelaysButNeverLosesAMessage() throws Exception {
    String ada = givenPerson("ada");
    slack.stubFor(
        post(urlEqualTo("/api/chat.postMessage"))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(ada))
            .inScenario("storm")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withBody(Fixtures.text(Fixtures.slack("web-api.ratelimited.429.body.json"))))
            .willSetStateTo("still storming"));
    slack.stubFor(
        post(urlEqualTo("/api/chat.postMessage"))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(ada))
            .inScenario("storm")
            .whenScenarioStateIs("still storming")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("calm"));
    sendPromptNow("ada");

    for (int i = 0; i < 10 && postsTo(ada).isEmpty(); i++) {
      work.dispatch();
      clock.advance(Duration.ofSeconds(2));
    }

    assertThat(attemptsTo("/api/chat.postMessage", ada)).as("two 429s, then taken").isEqualTo(3);
    assertThat(postsTo(ada)).hasSize(1);
    assertThat(admin.get("/api/admin/orgs/" + org.value() + "/outbox?state=dead").body())
        .doesNotContain(ada);
    assertThat(admin.get("/api/admin/orgs/" + org.value() + "/outbox?state=pending").body())
        .doesNotContain(ada);
  }

  @Test
  void theDirectorySyncLinksPeopleToTheirSlackAccountsByEmail() throws Exception {
    String csv =
        "email,name,time_zone\n"
            + "spengler@ghostbusters.example.com,Egon Spengler,America/Los_Angeles\n";
    assertThat(admin.postCsv("/api/admin/orgs/" + org.value() + "/people", csv).status())
        .isEqualTo(200);
    slack.stubFor(
        post(urlEqualTo("/api/users.list"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.notContaining("cursor=d"))
            .willReturn(
                okJson(
                    Fixtures.text(Fixtures.slack("web-api.users.list.ok.with-next-cursor.json")))));
    slack.stubFor(
        post(urlEqualTo("/api/users.list"))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("cursor=d"))
            .willReturn(
                okJson(
                    "{\"ok\":true,\"members\":[],\"response_metadata\":{\"next_cursor\":\"\"}}")));

    AdminClient.Answer sync = admin.post("/api/admin/orgs/" + org.value() + "/slack/sync");

    assertThat(sync.status()).as(sync.body()).isEqualTo(200);
    assertThat(sync.json().at("/complete").asBoolean()).isTrue();
    assertThat(sync.json().at("/seen").asInt()).isEqualTo(2);
    assertThat(sync.json().at("/linked").asInt()).isEqualTo(1);
    assertThat(sync.json().at("/notInTrellis/0/email").asString())
        .isEqualTo("glenda@south.oz.coven");
    assertThat(admin.get("/api/admin/orgs/" + org.value() + "/people?size=200").body())
        .contains("\"slackUserId\":\"W012A3CDE\"");
  }

  @Test
  void theWorkspaceOfTheBotTokenIsShownConnectedAndHealthy() {
    AdminClient.Answer platforms = admin.get("/api/admin/orgs/" + org.value() + "/platforms");

    assertThat(platforms.status()).as(platforms.body()).isEqualTo(200);
    assertThat(platforms.json().at("/slack/teamId").asString()).isEqualTo(TEAM);
    assertThat(platforms.json().at("/slack/configured").asBoolean()).isTrue();
    assertThat(platforms.json().at("/slack/installed").asBoolean()).isTrue();
    assertThat(platforms.json().at("/slack/healthy").asBoolean()).isTrue();
    assertThat(platforms.json().at("/slack/problem").isNull()).isTrue();
  }

  // --- the directory and the 1:1s

  private String givenPerson(String name) {
    return givenPerson(name, null);
  }

  private String givenPerson(String name, String manager) {
    String slackId = "W" + name.toUpperCase() + suffix;
    String csv =
        "email,name,manager_email,time_zone,slack_user_id\n"
            + email(name)
            + ","
            + Character.toUpperCase(name.charAt(0))
            + name.substring(1)
            + " Test,"
            + (manager == null ? "" : email(manager))
            + ",Europe/Berlin,"
            + slackId
            + "\n";
    AdminClient.Answer answer = admin.postCsv("/api/admin/orgs/" + org.value() + "/people", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return slackId;
  }

  private void givenWeeklyOneOnOne(String manager, String report, String weekday, String start) {
    String csv =
        "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
            + String.join(
                ",", email(manager), email(report), "WEEKLY", weekday, start, "30", "Europe/Berlin")
            + "\n";
    AdminClient.Answer answer =
        admin.postCsv("/api/admin/orgs/" + org.value() + "/one-on-ones", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  /** Presses a button of a message in the person's DM with the bot. */
  private void press(String slackId, JsonNode button, String respondName) throws Exception {
    requests.press(TEAM, slackId, button, respondUrl(respondName));
  }

  private long ignoredRequests() {
    return db.getCollection("inbox_done")
        .countDocuments(
            new org.bson.Document("outcome", "ignored: a button whose action id is not Trellis's"));
  }

  private long storedRequests() {
    return db.getCollection("inbox").countDocuments()
        + db.getCollection("inbox_done").countDocuments();
  }

  private void sendPromptNow(String name) {
    AdminClient.Answer answer =
        admin.post("/api/admin/orgs/" + org.value() + "/people/" + email(name) + "/prompts");
    assertThat(answer.status()).as(answer.body()).isIn(200, 201, 202);
  }

  private String respondUrl(String name) {
    return SlackStandIn.responseUrl(slack, name);
  }

  // --- what reached the stand-in Slack

  private List<LoggedRequest> postsTo(String slackId) {
    return requestsTo("/api/chat.postMessage", slackId);
  }

  private List<LoggedRequest> requestsTo(String path, String slackId) {
    return SlackCalls.accepted(slack, path, slackId);
  }

  private long attemptsTo(String path, String slackId) {
    return SlackCalls.attempted(slack, path, slackId).size();
  }

  private List<LoggedRequest> requestsTo(String path) {
    return slack.findAll(postRequestedFor(urlEqualTo(path)));
  }
}
