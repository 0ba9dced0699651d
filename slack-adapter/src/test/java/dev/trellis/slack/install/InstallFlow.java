package dev.trellis.slack.install;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoDatabase;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.slack.SlackProperties;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole install path in one process: a Bolt app built with {@link SlackOAuthApp} and the
 * MongoDB stores, Slack's Web API played by WireMock, and requests made as a browser (install
 * start, callback with the state cookie) or Slack (signed events) would make them.
 */
final class InstallFlow implements AutoCloseable {

  static final String SIGNING_SECRET = "test-signing-secret";
  static final String COOKIE = "slack-app-oauth-state";

  /** The fixture's workspace: Slack Softball Team, in the grid E12345678. */
  static final String SOFTBALL_TEAM = "T9TK3CUKW";

  static final String SOFTBALL_TOKEN = "xoxb-FAKE0000000-00000000000-FAKEFAKEFAKEFAKEFAKEFAKE";

  /** A second workspace of the same grid, made from the fixture by replacing its ids and token. */
  static final String BETA_TEAM = "T0BETA000";

  static final String BETA_TOKEN = "xoxb-FAKE1111111-11111111111-BETABETABETABETABETABETA";

  final WireMockServer slackApi = new WireMockServer(options().dynamicPort());
  final MongoOrgs orgs;
  final MongoInstallationService installations;
  final MongoOAuthStateService states;
  final App app;

  InstallFlow(MongoDatabase db, TestClock clock) {
    slackApi.start();
    stubSlackApi();
    orgs = new MongoOrgs(db);
    LinkingInstalledWorkspace linking = new LinkingInstalledWorkspace(orgs);
    installations = new MongoInstallationService(db, TestInstallations.cipher(), linking::link);
    states = new MongoOAuthStateService(db, clock);
    SlackProperties properties =
        new SlackProperties(
            null, SIGNING_SECRET, null, "1234.5678", "client-secret", slackApi.baseUrl() + "/api/");
    app =
        SlackOAuthApp.app(
            SlackOAuthApp.config(properties, "https://trellis.example"), installations, states);
    new ForgettingUninstalledWorkspace(installations).register(app);
  }

  private void stubSlackApi() {
    String softball = SharedFiles.slackFixture("web-api.oauth.v2.access.ok.bot-install.json");
    String beta =
        softball
            .replace(SOFTBALL_TEAM, BETA_TEAM)
            .replace("Slack Softball Team", "Beta Builders")
            .replace(SOFTBALL_TOKEN, BETA_TOKEN)
            .replace("xoxp-FAKE-1234", "xoxp-FAKE-5678");
    slackApi.stubFor(
        post(urlEqualTo("/api/oauth.v2.access"))
            .withRequestBody(containing("code=code-softball"))
            .willReturn(okJson(softball)));
    slackApi.stubFor(
        post(urlEqualTo("/api/oauth.v2.access"))
            .withRequestBody(containing("code=code-beta"))
            .willReturn(okJson(beta)));
    slackApi.stubFor(
        post(urlEqualTo("/api/auth.test"))
            .willReturn(okJson(SharedFiles.slackFixture("web-api.auth.test.ok.json"))));
  }

  /** A browser opening the install link. */
  Response start() throws Exception {
    return run(http(SlackOAuthApp.INSTALL_PATH, Map.of(), Map.of(), ""));
  }

  /** The browser sent back by Slack with a code, carrying the cookie the start set. */
  Response callback(String code, String state, String cookieState) throws Exception {
    Map<String, List<String>> headers =
        cookieState == null ? Map.of() : Map.of("Cookie", List.of(COOKIE + "=" + cookieState));
    return run(
        http(
            SlackOAuthApp.CALLBACK_PATH,
            Map.of("code", List.of(code), "state", List.of(state)),
            headers,
            ""));
  }

  /** Slack posting an Events API payload, signed. */
  Response event(String json) throws Exception {
    return eventSignedWith(SIGNING_SECRET, json);
  }

  Response eventSignedWith(String signingSecret, String json) throws Exception {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    String signature = new SlackSignature.Generator(signingSecret).generate(timestamp, json);
    return run(
        http(
            "/slack/events",
            Map.of(),
            Map.of(
                "Content-Type",
                List.of("application/json"),
                SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP,
                List.of(timestamp),
                SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                List.of(signature)),
            json));
  }

  /** A whole install: start, then callback with the issued state and cookie. */
  Response install(String code) throws Exception {
    String state = stateOf(start());
    return callback(code, state, state);
  }

  int oauthAccessCalls() {
    return slackApi
        .countRequestsMatching(postRequestedFor(urlEqualTo("/api/oauth.v2.access")).build())
        .getCount();
  }

  static String stateOf(Response startResponse) {
    String location = startResponse.getHeaders().get("Location").get(0);
    Matcher matcher = Pattern.compile("[?&]state=([^&]+)").matcher(location);
    if (!matcher.find()) {
      throw new AssertionError("No state in " + location);
    }
    return matcher.group(1);
  }

  private Response run(SlackRequestParser.HttpRequest request) throws Exception {
    Request<?> parsed = new SlackRequestParser(app.config()).parse(request);
    return app.run(parsed);
  }

  private static SlackRequestParser.HttpRequest http(
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body) {
    return SlackRequestParser.HttpRequest.builder()
        .requestUri(path)
        .queryString(query)
        .headers(new RequestHeaders(headers))
        .requestBody(body)
        .remoteAddress("127.0.0.1")
        .build();
  }

  @Override
  public void close() {
    app.stop();
    slackApi.stop();
  }
}
