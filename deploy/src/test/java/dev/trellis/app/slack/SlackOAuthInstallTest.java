package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.trellis.app.AdminClient;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.testkit.Fixtures;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running service installed into two Slack workspaces through its own OAuth paths, as a browser
 * would (install start, Slack's authorize page skipped, callback with the state cookie), with a
 * WireMock standing in for Slack's Web API. Workspace A is the sample oauth.v2.access answer (Slack
 * Softball Team); B is the same answer with another team id, name and tokens.
 *
 * <p>Each test installs both again first: a reinstall is harmless and links to the same org, so the
 * test that uninstalls A leaves nothing behind for the others.
 */
@TestPropertySource(
    properties = {
      "trellis.slack.client-id=" + SlackOAuthInstallTest.CLIENT_ID,
      "trellis.slack.client-secret=test-client-secret",
      "trellis.slack.signing-secret=" + SlackOAuthInstallTest.SIGNING_SECRET,
      "trellis.slack.bot-token=",
      "trellis.slack.app-token="
    })
@ExtendWith(OutputCaptureExtension.class)
class SlackOAuthInstallTest extends SlackStandInTest {

  static final String SIGNING_SECRET = "test-signing-secret";
  static final String CLIENT_ID = "1234.5678";

  /** The sample answer's workspace, in the grid E12345678. */
  static final String TEAM_A = "T9TK3CUKW";

  static final String ENTERPRISE_A = "E12345678";
  static final String TOKEN_A = "xoxb-FAKE0000000-00000000000-FAKEFAKEFAKEFAKEFAKEFAKE";
  static final String USER_TOKEN_A = "xoxp-FAKE-1234";

  /** A second workspace, made from the sample by replacing its team id, name and tokens. */
  static final String TEAM_B = "T0BETA000";

  static final String TOKEN_B = "xoxb-FAKE1111111-11111111111-BETABETABETABETABETABETA";
  static final String USER_TOKEN_B = "xoxp-FAKE-5678";

  @BeforeAll
  static void slackInstallsBothWorkspaces() {
    String installA = Fixtures.text(Fixtures.slack("web-api.oauth.v2.access.ok.bot-install.json"));
    assertThat(installA).contains(TEAM_A, TOKEN_A, USER_TOKEN_A, ENTERPRISE_A);
    String installB =
        installA
            .replace(TEAM_A, TEAM_B)
            .replace("Slack Softball Team", "Beta Builders")
            .replace(TOKEN_A, TOKEN_B)
            .replace(USER_TOKEN_A, USER_TOKEN_B);
    slack.stubFor(
        post(urlEqualTo("/api/oauth.v2.access"))
            .withRequestBody(containing("code=code-a"))
            .willReturn(okJson(installA)));
    slack.stubFor(
        post(urlEqualTo("/api/oauth.v2.access"))
            .withRequestBody(containing("code=code-b"))
            .willReturn(okJson(installB)));
    String auth = Fixtures.text(Fixtures.slack("web-api.auth.test.ok.json"));
    slack.stubFor(
        post(urlEqualTo("/api/auth.test"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_A))
            .willReturn(okJson(auth.replace("T12345678", TEAM_A))));
    slack.stubFor(
        post(urlEqualTo("/api/auth.test"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_B))
            .willReturn(okJson(auth.replace("T12345678", TEAM_B))));
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    slack.stubFor(post(urlPathEqualTo("/respond")).willReturn(aResponse().withStatus(200)));
  }

  @Autowired Orgs orgs;
  @Autowired People people;

  final HttpClient browser = HttpClient.newHttpClient();
  SlackRequests requests;
  String suffix;
  OrgId orgA;
  OrgId orgB;

  @BeforeEach
  void givenBothWorkspacesInstalled() throws Exception {
    clock.set(Instant.parse("2026-10-21T12:00:00Z"));
    requests = new SlackRequests(port, SIGNING_SECRET);
    suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    install("code-a", TEAM_A);
    install("code-b", TEAM_B);
    orgA = orgs.findBySlackTeamId(TEAM_A).orElseThrow().id();
    orgB = orgs.findBySlackTeamId(TEAM_B).orElseThrow().id();
  }

  @Test
  void theInstallStartRedirectsToSlacksAuthorizePageWithAStateKeptInACookie() throws Exception {
    HttpResponse<String> start = get("/slack/oauth/start", Optional.empty());

    assertThat(start.statusCode()).isEqualTo(302);
    String location = start.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("https://slack.com/oauth/v2/authorize?");
    Map<String, String> query = SlackCalls.form(URI.create(location).getRawQuery());
    assertThat(query).containsEntry("client_id", CLIENT_ID);
    assertThat(query.get("scope")).contains("chat:write", "commands", "im:history");
    assertThat(query.get("state")).isNotBlank();
    assertThat(stateCookie(start)).endsWith("=" + query.get("state"));
  }

  @Test
  void eachWorkspaceGetsItsOwnOrgAndItsTokensAreStoredEncrypted() {
    Org a = orgs.findById(orgA).orElseThrow();
    Org b = orgs.findById(orgB).orElseThrow();

    assertThat(orgA).isNotEqualTo(orgB);
    assertThat(a.name()).isEqualTo("Slack Softball Team");
    assertThat(b.name()).isEqualTo("Beta Builders");
    List<Document> stored =
        db.getCollection("slack_installations").find().into(new java.util.ArrayList<>());
    assertThat(stored).extracting(d -> d.getString("_id")).contains(TEAM_A, TEAM_B);
    for (Document installation : stored) {
      String raw = installation.toJson();
      assertThat(raw)
          .doesNotContain(TOKEN_A, TOKEN_B, USER_TOKEN_A, USER_TOKEN_B, "xoxb-", "xoxp-");
      assertThat(installation.getString("encryptedBotToken")).isNotBlank();
    }
  }

  @Test
  void aCallbackErrorIsLoggedAsOneSanitisedLineThatCannotForgeAnother(CapturedOutput output)
      throws Exception {
    String forged = "access_denied\n2026-10-21T12:00:00.000Z ERROR 1 --- [main] FORGED admin login";

    HttpResponse<String> callback =
        get(
            "/slack/oauth/callback?error="
                + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8),
            Optional.empty());

    assertThat(callback.statusCode()).isEqualTo(200);
    assertThat(callback.body()).contains("Something Went Wrong").doesNotContain("FORGED");
    assertThat(output.getOut()).doesNotContain("FORGED admin login");
    assertThat(output.getOut().lines().filter(l -> l.contains("Slack sent error=")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("error=access_denied?2026-10-21t12"));
  }

  @Test
  void aCallbackWithAnUnknownStateIsRefusedWithoutLoggingItsCode(CapturedOutput output)
      throws Exception {
    HttpResponse<String> callback =
        get("/slack/oauth/callback?code=SECRET-ONE-TIME-CODE-42&state=made-up", Optional.empty());

    assertThat(callback.body()).contains("Something Went Wrong");
    assertThat(output.getOut() + output.getErr())
        .doesNotContain("SECRET-ONE-TIME-CODE-42")
        .doesNotContain("made-up")
        .contains("Slack install refused: its state is unknown, used or expired");
  }

  @Test
  void aCallbackWithoutItsStateCookieOrWithAStateUsedBeforeInstallsNothing() throws Exception {
    HttpResponse<String> start = get("/slack/oauth/start", Optional.empty());
    String state = stateOf(start);
    String cookie = stateCookie(start);
    int exchanges = oauthAccessCalls();

    HttpResponse<String> noCookie =
        get("/slack/oauth/callback?code=code-a&state=" + state, Optional.empty());
    HttpResponse<String> otherCookie =
        get(
            "/slack/oauth/callback?code=code-a&state=" + state,
            Optional.of(cookie.replace(state, "another-state")));

    assertThat(noCookie.body()).contains("Something Went Wrong").doesNotContain("Thank you");
    assertThat(otherCookie.body()).contains("Something Went Wrong").doesNotContain("Thank you");
    assertThat(oauthAccessCalls()).isEqualTo(exchanges);

    HttpResponse<String> first =
        get("/slack/oauth/callback?code=code-a&state=" + state, Optional.of(cookie));
    HttpResponse<String> again =
        get("/slack/oauth/callback?code=code-a&state=" + state, Optional.of(cookie));

    assertThat(first.body()).contains("Thank you");
    assertThat(again.body()).contains("Something Went Wrong");
    assertThat(oauthAccessCalls()).as("the code exchanged once").isEqualTo(exchanges + 1);
  }

  @Test
  void theOutboxSendsToEachWorkspaceWithItsOwnBotToken() throws Exception {
    String shared = "WSHARED" + suffix;
    givenPerson(orgA, "ada", shared, "Asia/Tokyo");
    givenPerson(orgB, "bea", shared, "America/Chicago");

    sendPromptNow(orgA, "ada");
    work.dispatch();
    await(() -> postsTo(shared, TOKEN_A), 1);
    sendPromptNow(orgB, "bea");
    work.dispatch();
    await(() -> postsTo(shared, TOKEN_B), 1);

    assertThat(postsTo(shared, TOKEN_A)).hasSize(1);
    assertThat(postsTo(shared, TOKEN_B)).hasSize(1);
    assertThat(SlackCalls.attempted(slack, "/api/chat.postMessage", shared))
        .extracting(r -> r.getHeader("Authorization"))
        .containsExactlyInAnyOrder("Bearer " + TOKEN_A, "Bearer " + TOKEN_B);
  }

  @Test
  void aCommandFromWorkspaceBIsAnsweredForItsOwnPersonNeverAsWorkspaceAsPerson() throws Exception {
    String shared = "WSHARED" + suffix;
    givenPerson(orgA, "ada", shared, "Asia/Tokyo");
    givenPerson(orgB, "bea", shared, "America/Chicago");

    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(TEAM_B, shared, "/trellis", "settings", respondUrl("b")),
            FORM);

    assertThat(ack.statusCode()).isEqualTo(200);
    String answer = await(() -> requestsTo("/respond/b-" + suffix), 1).get(0).getBodyAsString();
    assertThat(answer).contains("America/Chicago").doesNotContain("Asia/Tokyo");
    List<LoggedRequest> homes = await(() -> homesOf(shared), 1);
    assertThat(homes)
        .extracting(r -> r.getHeader("Authorization"))
        .containsOnly("Bearer " + TOKEN_B);

    requests.post(
        SlackRequests.slashCommand(TEAM_A, shared, "/trellis", "settings", respondUrl("a")), FORM);
    String answerA = await(() -> requestsTo("/respond/a-" + suffix), 1).get(0).getBodyAsString();
    assertThat(answerA).contains("Asia/Tokyo").doesNotContain("America/Chicago");
  }

  @Test
  void afterAppUninstalledWorkspaceAIsNoLongerSentToButKeepsItsOrgAndPeople() throws Exception {
    String ada = "WADA" + suffix;
    String bea = "WBEA" + suffix;
    givenPerson(orgA, "ada", ada, "Asia/Tokyo");
    givenPerson(orgB, "bea", bea, "America/Chicago");
    ObjectNode uninstalled = SlackRequests.sample("event.app-uninstalled.json");
    uninstalled
        .put("team_id", TEAM_A)
        .put("enterprise_id", ENTERPRISE_A)
        .put("event_id", "EvGone" + suffix);

    HttpResponse<String> ack = requests.post(uninstalled.toString(), "application/json");

    assertThat(ack.statusCode()).isEqualTo(200);
    SlackCalls.awaitUntil(() -> installation(TEAM_A).isEmpty());
    assertThat(installation(TEAM_A)).as("A's installation").isEmpty();
    assertThat(installation(TEAM_B)).as("B's installation").isPresent();
    assertThat(orgs.findById(orgA)).as("A's org").isPresent();
    assertThat(orgs.findBySlackTeamId(TEAM_A).map(Org::id)).contains(orgA);
    Person adaInA = people.findBySlackUserId(orgA, ada).orElseThrow();
    long callsWithTokenA = callsWith(TOKEN_A);

    sendPromptNow(orgA, "ada");
    work.dispatch();
    sendPromptNow(orgB, "bea");
    work.dispatch();

    await(() -> postsTo(bea, TOKEN_B), 1);
    JsonNode dead = await(() -> deadLetters(orgA), 1).get(0);
    assertThat(dead.get("personId").asString()).isEqualTo(adaInA.id().value());
    assertThat(dead.get("reason").asString()).contains("not installed");
    assertThat(callsWith(TOKEN_A))
        .as("calls with A's token after the uninstall")
        .isEqualTo(callsWithTokenA);
    assertThat(SlackCalls.attempted(slack, "/api/chat.postMessage", ada)).isEmpty();
    assertThat(admin.get("/api/admin/orgs/" + orgA.value() + "/outbox?state=pending").body())
        .doesNotContain(adaInA.id().value());
  }

  // --- installing, as a browser does

  /** Opens the install link, then comes back from Slack with the code, the state and its cookie. */
  private void install(String code, String teamId) throws Exception {
    HttpResponse<String> start = get("/slack/oauth/start", Optional.empty());
    assertThat(start.statusCode()).isEqualTo(302);
    String state = stateOf(start);
    String cookie = stateCookie(start);

    HttpResponse<String> callback =
        get("/slack/oauth/callback?code=" + code + "&state=" + state, Optional.of(cookie));

    assertThat(callback.statusCode()).isEqualTo(200);
    assertThat(callback.body())
        .as("Bolt's success page, opening the app in the workspace")
        .contains("Thank you!")
        .contains("slack://app?team=" + teamId + "&amp;id=A0KRD7HC3");
  }

  private HttpResponse<String> get(String pathAndQuery, Optional<String> cookie) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
    cookie.ifPresent(c -> request.header("Cookie", c));
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String stateOf(HttpResponse<String> start) {
    String location = start.headers().firstValue("Location").orElseThrow();
    Matcher matcher = Pattern.compile("[?&]state=([^&]+)").matcher(location);
    assertThat(matcher.find()).as("a state in " + location).isTrue();
    return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
  }

  /** The {@code name=value} of the cookie the install start set, as a browser sends it back. */
  private static String stateCookie(HttpResponse<String> start) {
    List<String> cookies = start.headers().allValues("Set-Cookie");
    assertThat(cookies).as("cookies set by the install start").hasSize(1);
    return cookies.get(0).split(";", 2)[0].strip();
  }

  private int oauthAccessCalls() {
    return slack.findAll(postRequestedFor(urlEqualTo("/api/oauth.v2.access"))).size();
  }

  private Optional<Document> installation(String teamId) {
    return Optional.ofNullable(
        db.getCollection("slack_installations").find(new Document("_id", teamId)).first());
  }

  // --- the directory and the outbox

  private void givenPerson(OrgId org, String name, String slackId, String timeZone) {
    String csv =
        "email,name,manager_email,time_zone,slack_user_id\n"
            + email(name)
            + ","
            + Character.toUpperCase(name.charAt(0))
            + name.substring(1)
            + " Test,,"
            + timeZone
            + ","
            + slackId
            + "\n";
    AdminClient.Answer answer = admin.postCsv("/api/admin/orgs/" + org.value() + "/people", csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private void sendPromptNow(OrgId org, String name) {
    AdminClient.Answer answer =
        admin.post("/api/admin/orgs/" + org.value() + "/people/" + email(name) + "/prompts");
    assertThat(answer.status()).as(answer.body()).isIn(200, 201, 202);
  }

  private List<JsonNode> deadLetters(OrgId org) {
    AdminClient.Answer answer = admin.get("/api/admin/orgs/" + org.value() + "/outbox?state=dead");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<JsonNode> dead = new java.util.ArrayList<>();
    answer.json().forEach(dead::add);
    return dead;
  }

  // --- what reached the stand-in Slack

  /** chat.postMessage calls to this user that Slack accepted, made with this bot token. */
  private List<LoggedRequest> postsTo(String slackId, String token) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId).stream()
        .filter(r -> ("Bearer " + token).equals(r.getHeader("Authorization")))
        .toList();
  }

  private List<LoggedRequest> homesOf(String slackId) {
    return SlackCalls.accepted(slack, "/api/views.publish", slackId);
  }

  private long callsWith(String token) {
    return slack.getAllServeEvents().stream()
        .filter(e -> e.getRequest().containsHeader("Authorization"))
        .filter(e -> ("Bearer " + token).equals(e.getRequest().getHeader("Authorization")))
        .count();
  }

  private List<LoggedRequest> requestsTo(String path) {
    return slack.findAll(postRequestedFor(urlEqualTo(path)));
  }

  private String respondUrl(String name) {
    return slack.baseUrl() + "/respond/" + name + "-" + suffix;
  }

  private static <T> List<T> await(java.util.function.Supplier<List<T>> found, int atLeast)
      throws InterruptedException {
    return SlackCalls.await(found, atLeast);
  }
}
