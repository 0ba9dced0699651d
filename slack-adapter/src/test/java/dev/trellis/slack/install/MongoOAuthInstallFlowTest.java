package dev.trellis.slack.install;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.response.Response;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.org.Org;
import dev.trellis.testkit.TestClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOAuthInstallFlowTest {

  @RegisterExtension
  static final InMemoryMongo mongo = new InMemoryMongo(SlackInstallSchema::ensureIndexes);

  private final TestClock clock = new TestClock(Instant.now());
  private InstallFlow flow;

  @BeforeEach
  void setUp() {
    flow = new InstallFlow(mongo.db(), clock);
  }

  @AfterEach
  void tearDown() {
    flow.close();
  }

  @Test
  void theStartRedirectsToSlacksAuthorizePageWithAStoredState() throws Exception {
    Response start = flow.start();

    assertThat(start.getStatusCode()).isEqualTo(302);
    String location =
        URLDecoder.decode(start.getHeaders().get("Location").get(0), StandardCharsets.UTF_8);
    assertThat(location)
        .startsWith("https://slack.com/oauth/v2/authorize?")
        .contains("client_id=1234.5678")
        .contains("scope=" + String.join(",", SlackOAuthApp.BOT_SCOPES))
        .contains("user_scope=&")
        .contains("redirect_uri=https://trellis.example/slack/oauth/callback");
    String state = InstallFlow.stateOf(start);
    assertThat(flow.states.isAvailableInDatabase(state)).isTrue();
    assertThat(start.getHeaders().get("Set-Cookie").get(0))
        .startsWith(InstallFlow.COOKIE + "=" + state + ";")
        .contains("HttpOnly")
        .contains("Max-Age=600");
  }

  @Test
  void theCallbackStoresTheInstallationEncryptedAndCreatesTheOrg() throws Exception {
    String state = InstallFlow.stateOf(flow.start());

    Response callback = flow.callback("code-softball", state, state);

    assertThat(callback.getStatusCode()).isEqualTo(200);
    assertThat(callback.getBody())
        .contains("Thank you!")
        .contains("slack://app?team=" + InstallFlow.SOFTBALL_TEAM);
    flow.slackApi.verify(
        postRequestedFor(urlEqualTo("/api/oauth.v2.access"))
            .withRequestBody(containing("code=code-softball"))
            .withRequestBody(containing("redirect_uri=")));
    Document stored =
        mongo
            .db()
            .getCollection(SlackInstallSchema.INSTALLATIONS)
            .find(new Document("_id", InstallFlow.SOFTBALL_TEAM))
            .first();
    assertThat(stored.toJson())
        .doesNotContain(InstallFlow.SOFTBALL_TOKEN)
        .doesNotContain("FAKEFAKE")
        .doesNotContain("xoxp-FAKE-1234")
        .contains("\"enterpriseId\": \"E12345678\"")
        .contains("\"teamName\": \"Slack Softball Team\"");
    assertThat(
            flow.installations.findBot("E12345678", InstallFlow.SOFTBALL_TEAM).getBotAccessToken())
        .isEqualTo(InstallFlow.SOFTBALL_TOKEN);
    assertThat(flow.installations.findBot("E12345678", InstallFlow.SOFTBALL_TEAM).getBotUserId())
        .isEqualTo("U0KRQLJ9H");

    Org org = flow.orgs.findBySlackTeamId(InstallFlow.SOFTBALL_TEAM).orElseThrow();
    assertThat(org.id().value()).isEqualTo("slack-softball-team-t9tk3cukw");
    assertThat(org.name()).isEqualTo("Slack Softball Team");
    assertThat(new InstalledBotTokens(flow.orgs, flow.installations).forOrg(org.id()))
        .contains(InstallFlow.SOFTBALL_TOKEN);
    assertThat(flow.states.isAvailableInDatabase(state)).isFalse();
  }

  @Test
  void aStateWorksOnce() throws Exception {
    String state = InstallFlow.stateOf(flow.start());
    flow.callback("code-softball", state, state);

    Response reused = flow.callback("code-beta", state, state);

    assertRejected(reused);
    assertThat(flow.oauthAccessCalls()).isEqualTo(1);
    assertThat(flow.orgs.findBySlackTeamId(InstallFlow.BETA_TEAM)).isEmpty();
  }

  @Test
  void anExpiredStateIsRejected() throws Exception {
    String state = InstallFlow.stateOf(flow.start());
    clock.advance(Duration.ofMinutes(10).plusSeconds(1));

    Response late = flow.callback("code-softball", state, state);

    assertRejected(late);
    assertThat(flow.oauthAccessCalls()).isZero();
    assertThat(flow.installations.botTokenFor(InstallFlow.SOFTBALL_TEAM)).isEmpty();
    assertThat(flow.orgs.findAll()).isEmpty();
  }

  @Test
  void anUnknownStateOrOneWithoutItsCookieIsRejected() throws Exception {
    String state = InstallFlow.stateOf(flow.start());

    assertRejected(flow.callback("code-softball", "forged", "forged"));
    assertRejected(flow.callback("code-softball", state, null));
    assertRejected(flow.callback("code-softball", state, "another"));

    assertThat(flow.oauthAccessCalls()).isZero();
    assertThat(flow.orgs.findAll()).isEmpty();
  }

  @Test
  void twoWorkspacesInstallingAtOnceNeverSeeEachOthersTokensOrOrgs() throws Exception {
    String softballState = InstallFlow.stateOf(flow.start());
    String betaState = InstallFlow.stateOf(flow.start());
    assertRejected(flow.callback("code-beta", softballState, betaState));

    ExecutorService browsers = Executors.newFixedThreadPool(2);
    try {
      Future<Response> softball =
          browsers.submit(() -> flow.callback("code-softball", softballState, softballState));
      Future<Response> beta =
          browsers.submit(() -> flow.callback("code-beta", betaState, betaState));
      assertThat(softball.get(30, TimeUnit.SECONDS).getBody()).contains("Thank you!");
      assertThat(beta.get(30, TimeUnit.SECONDS).getBody()).contains("Thank you!");
    } finally {
      browsers.shutdownNow();
    }

    Org softballOrg = flow.orgs.findBySlackTeamId(InstallFlow.SOFTBALL_TEAM).orElseThrow();
    Org betaOrg = flow.orgs.findBySlackTeamId(InstallFlow.BETA_TEAM).orElseThrow();
    assertThat(flow.orgs.findAll()).containsExactlyInAnyOrder(softballOrg, betaOrg);
    assertThat(softballOrg.id().value()).isEqualTo("slack-softball-team-t9tk3cukw");
    assertThat(betaOrg.id().value()).isEqualTo("beta-builders-t0beta000");
    InstalledBotTokens tokens = new InstalledBotTokens(flow.orgs, flow.installations);
    assertThat(tokens.forOrg(softballOrg.id())).contains(InstallFlow.SOFTBALL_TOKEN);
    assertThat(tokens.forOrg(betaOrg.id())).contains(InstallFlow.BETA_TOKEN);
    assertThat(
            flow.installations.findBot("E12345678", InstallFlow.SOFTBALL_TEAM).getBotAccessToken())
        .isEqualTo(InstallFlow.SOFTBALL_TOKEN);
    assertThat(flow.installations.findBot("E12345678", InstallFlow.BETA_TEAM).getBotAccessToken())
        .isEqualTo(InstallFlow.BETA_TOKEN);
    assertThat(mongo.db().getCollection(SlackInstallSchema.INSTALLATIONS).countDocuments())
        .isEqualTo(2);
    assertThat(flow.states.isAvailableInDatabase(softballState)).isFalse();
    assertThat(flow.states.isAvailableInDatabase(betaState)).isFalse();
  }

  /** Bolt's failure page (status 200, as Bolt renders it), naming the reason. */
  private static void assertRejected(Response response) {
    assertThat(response.getBody())
        .contains("Oops, Something Went Wrong!")
        .contains("invalid_state");
  }
}
