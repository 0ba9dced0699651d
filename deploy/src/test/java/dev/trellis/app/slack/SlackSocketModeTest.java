package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.trellis.app.AdminClient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import dev.trellis.testkit.slack.SocketModeStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running service with Slack connected over Socket Mode (one workspace by its bot token, an app
 * token, no signing secret). A WireMock stands in for the Web API (auth.test, the
 * apps.connections.open that hands out the WebSocket URL, chat.postMessage, views.publish and
 * response URLs) and a local WebSocket server for Slack's end of the Socket Mode connection.
 *
 * <p>The context is closed after the class, so its connection does not outlive the stand-ins.
 */
@TestPropertySource(
    properties = {
      "trellis.slack.bot-token=" + SlackSocketModeTest.BOT_TOKEN,
      "trellis.slack.app-token=" + SlackSocketModeTest.APP_TOKEN,
      "trellis.slack.signing-secret=",
      "trellis.slack.client-id=",
      "trellis.slack.client-secret="
    })
class SlackSocketModeTest extends SlackStandInTest {

  static final String BOT_TOKEN = "xoxb-socket-mode-bot-token";
  static final String APP_TOKEN = "xapp-1-A111-0000-socket-mode-app-token";
  static final String TEAM = "T111";

  /** Bolt's stand-in signing secret when none is configured (App#buildDefaultMiddlewareList). */
  static final String BOLTS_PLACEHOLDER_SECRET = "---";

  static final SocketModeStandIn socketMode = new SocketModeStandIn();

  @BeforeAll
  static void slackHandsOutTheSocketModeConnection() throws InterruptedException {
    socketMode.startAndWait();
    SlackStandIn.knowsWorkspace(slack, TEAM, "Socket Domain");
    slack.stubFor(
        post(urlEqualTo("/api/apps.connections.open"))
            .willReturn(okJson("{\"ok\":true,\"url\":\"" + socketMode.url() + "\"}")));
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    slack.stubFor(post(urlPathEqualTo("/respond")).willReturn(aResponse().withStatus(200)));
  }

  @AfterAll
  static void stopSocketMode() throws InterruptedException {
    socketMode.stop(1000);
  }

  @Autowired Orgs orgs;

  OrgId org;
  String suffix;

  @BeforeEach
  void givenTheWorkspaceAndItsConnection() throws Exception {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
    org = orgs.findBySlackTeamId(TEAM).orElseThrow().id();
    suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    socketMode.openConnection();
  }

  @Test
  void theConnectionIsOpenedWithTheAppTokenAtTheUrlSlackHandsOut() {
    List<LoggedRequest> opens =
        slack.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open")));

    assertThat(opens).isNotEmpty();
    assertThat(opens)
        .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + APP_TOKEN));
    assertThat(socketMode.paths()).isNotEmpty().allSatisfy(p -> assertThat(p).isEqualTo("/link"));
    assertThat(orgs.findById(org).orElseThrow().name()).isEqualTo("Socket Domain");
  }

  @Test
  void aSlashCommandIsAcknowledgedOverTheConnectionAndAnsweredThroughItsResponseUrl()
      throws Exception {
    String ada = givenPerson("ada");
    String envelopeId = "env-cmd-" + suffix;

    ObjectNode command =
        SocketModeStandIn.slashCommand(TEAM, ada, "/trellis", "help", respondUrl("help"));

    socketMode.send(SocketModeStandIn.slashCommands(envelopeId, command));

    JsonNode ack = socketMode.replyTo(envelopeId);
    assertThat(ack.propertyNames()).containsExactly("envelope_id");
    Map<String, String> answer =
        SlackCalls.jsonOf(await(() -> requestsTo("/respond/help-" + suffix), 1).get(0));
    assertThat(answer).containsEntry("response_type", "ephemeral");
    assertThat(answer.get("text")).contains("/trellis pause 2w");
    Thread.sleep(300);
    assertThat(socketMode.repliesTo(envelopeId)).as("acknowledged once").hasSize(1);
    assertThat(stored("slack:command:" + command.get("trigger_id").asString())).isTrue();
  }

  @Test
  void someoneTrellisDoesNotKnowIsToldSoInTheAcknowledgementsPayload() throws Exception {
    String envelopeId = "env-unknown-" + suffix;
    ObjectNode command =
        SocketModeStandIn.slashCommand(
            TEAM, "W0NOBODY" + suffix, "/trellis", "help", respondUrl("unknown"));

    socketMode.send(SocketModeStandIn.slashCommands(envelopeId, command));

    JsonNode ack = socketMode.replyTo(envelopeId);
    assertThat(ack.get("payload").get("text").asString()).contains("Trellis does not know you yet");
    assertThat(stored("slack:command:" + command.get("trigger_id").asString())).isFalse();
  }

  @Test
  void aDirectMessageOverTheConnectionIsAnsweredWithChatPostMessage() throws Exception {
    String ada = givenPerson("ada");
    sendPromptNow("ada");
    work.dispatch();
    await(() -> postsTo(ada), 1);
    String envelopeId = "env-dm-" + suffix;

    socketMode.send(
        SocketModeStandIn.eventsApi(
            envelopeId,
            SlackRequests.event(
                "event.message.channel.json",
                SlackRequests.directMessage(ada, "I want to learn to lead a team"),
                TEAM,
                "Ev" + suffix)));

    JsonNode ack = socketMode.replyTo(envelopeId);
    assertThat(ack.propertyNames()).containsExactly("envelope_id");
    List<LoggedRequest> posts = await(() -> postsTo(ada), 2);
    assertThat(posts).hasSize(2);
    LoggedRequest answer = posts.get(1);
    assertThat(answer.getHeader("Authorization")).isEqualTo("Bearer " + BOT_TOKEN);
    assertThat(SlackCalls.formOf(answer)).containsEntry("channel", ada);
    assertThat(SlackCalls.formOf(answer).get("text")).isNotBlank();
  }

  @Test
  void overHttpNothingIsAcceptedAsThereIsNoSigningSecretToCheckItWith() throws Exception {
    String ada = givenPerson("ada");
    String body =
        SlackRequests.slashCommand(TEAM, ada, "/trellis", "history 15", respondUrl("http"));
    String key = "slack:command:" + SlackCalls.form(body).get("trigger_id");
    long now = Instant.now().getEpochSecond();
    SlackRequests requests = new SlackRequests(port, "unused");

    HttpResponse<String> unsigned = postUnsigned(body);
    HttpResponse<String> forged = requests.post(body, FORM, now, "not-the-secret", Map.of());
    HttpResponse<String> placeholder =
        requests.post(body, FORM, now, BOLTS_PLACEHOLDER_SECRET, Map.of());

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(placeholder.statusCode()).as(placeholder.body()).isEqualTo(401);
    Thread.sleep(300);
    assertThat(stored(key)).isFalse();
    assertThat(requestsTo("/respond/http-" + suffix)).isEmpty();
  }

  // --- the directory

  private String givenPerson(String name) {
    String slackId = "W" + name.toUpperCase() + suffix;
    String csv =
        "email,name,manager_email,time_zone,slack_user_id\n"
            + email(name)
            + ","
            + Character.toUpperCase(name.charAt(0))
            + name.substring(1)
            + " Test,,Europe/Berlin,"
            + slackId
            + "\n";
    AdminClient.Answer answer = admin.postCsv("/api/admin/orgs/" + org.value() + "/people", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return slackId;
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private void sendPromptNow(String name) {
    AdminClient.Answer answer =
        admin.post("/api/admin/orgs/" + org.value() + "/people/" + email(name) + "/prompts");
    assertThat(answer.status()).as(answer.body()).isIn(200, 201, 202);
  }

  /** Whether a request was stored under this key, handled or not. */
  private boolean stored(String key) {
    Document byKey = new Document("_id", key);
    return db.getCollection("inbox").countDocuments(byKey)
            + db.getCollection("inbox_done").countDocuments(byKey)
        > 0;
  }

  private String respondUrl(String name) {
    return slack.baseUrl() + "/respond/" + name + "-" + suffix;
  }

  private HttpResponse<String> postUnsigned(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  // --- what reached the stand-in Slack

  private List<LoggedRequest> postsTo(String slackId) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId);
  }

  private List<LoggedRequest> requestsTo(String path) {
    return slack.findAll(postRequestedFor(urlEqualTo(path)));
  }

  private static <T> List<T> await(Supplier<List<T>> found, int atLeast) throws Exception {
    return SlackCalls.await(found, atLeast);
  }
}
