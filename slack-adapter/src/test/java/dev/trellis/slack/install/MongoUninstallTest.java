package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.response.Response;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.org.Org;
import dev.trellis.slack.inbound.StoredSlackRequest;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoUninstallTest {

  @RegisterExtension
  static final InMemoryMongo mongo = new InMemoryMongo(SlackInstallSchema::ensureIndexes);

  private InstallFlow flow;
  private InstalledBotTokens tokens;
  private Org softball;
  private Org beta;

  @BeforeEach
  void installTwoWorkspaces() throws Exception {
    flow = new InstallFlow(mongo.db(), new TestClock(Instant.now()));
    flow.install("code-softball");
    flow.install("code-beta");
    tokens = new InstalledBotTokens(flow.orgs, flow.installations);
    softball = flow.orgs.findBySlackTeamId(InstallFlow.SOFTBALL_TEAM).orElseThrow();
    beta = flow.orgs.findBySlackTeamId(InstallFlow.BETA_TEAM).orElseThrow();
    assertThat(tokens.forOrg(softball.id())).contains(InstallFlow.SOFTBALL_TOKEN);
    assertThat(tokens.forOrg(beta.id())).contains(InstallFlow.BETA_TOKEN);
  }

  @AfterEach
  void tearDown() {
    flow.close();
  }

  @Test
  void anUninstalledWorkspaceGetsNoTokenAndKeepsItsOrgEvenWhenSlackRetries() throws Exception {
    String uninstalled = eventFor("event.app-uninstalled.json", InstallFlow.SOFTBALL_TEAM);

    assertAcked(flow.event(uninstalled));
    assertAcked(flow.event(uninstalled));

    assertThat(tokens.forOrg(softball.id())).isEmpty();
    assertThat(flow.installations.findBot("E12345678", InstallFlow.SOFTBALL_TEAM)).isNull();
    assertThat(flow.orgs.findById(softball.id())).contains(softball);
    assertThat(tokens.forOrg(beta.id())).contains(InstallFlow.BETA_TOKEN);
  }

  @Test
  void aRevokedBotTokenIsForgottenAndTheOrgStays() throws Exception {
    String revoked = eventFor("event.tokens-revoked.json", InstallFlow.BETA_TEAM);

    assertAcked(flow.event(revoked));
    assertAcked(flow.event(revoked));

    assertThat(tokens.forOrg(beta.id())).isEmpty();
    assertThat(flow.orgs.findById(beta.id())).contains(beta);
    assertThat(tokens.forOrg(softball.id())).contains(InstallFlow.SOFTBALL_TOKEN);
  }

  @Test
  void revokedUserTokensLeaveTheBotWorking() throws Exception {
    String revoked =
        eventFor("event.tokens-revoked.json", InstallFlow.SOFTBALL_TEAM)
            .replaceFirst("\"oauth\": \\[\\s*\"UXXXXXXXX\"\\s*]", "\"oauth\": [\"U1234\"]")
            .replaceFirst("\"bot\": \\[\\s*\"UXXXXXXXX\"\\s*]", "\"bot\": []");

    assertAcked(flow.event(revoked));

    assertThat(tokens.forOrg(softball.id())).contains(InstallFlow.SOFTBALL_TOKEN);
    Document stored =
        mongo
            .db()
            .getCollection(SlackInstallSchema.INSTALLATIONS)
            .find(new Document("_id", InstallFlow.SOFTBALL_TEAM))
            .first();
    assertThat(stored).doesNotContainKey("encryptedInstallerUserToken");
  }

  @Test
  void anUninstallNotSignedWithTheSigningSecretChangesNothing() throws Exception {
    Response forged =
        flow.eventSignedWith(
            "not-the-secret", eventFor("event.app-uninstalled.json", InstallFlow.SOFTBALL_TEAM));

    assertThat(forged.getStatusCode()).isEqualTo(401);
    assertThat(tokens.forOrg(softball.id())).contains(InstallFlow.SOFTBALL_TOKEN);
  }

  @Test
  void aReinstallAfterUninstallingFindsTheSameOrg() throws Exception {
    flow.event(eventFor("event.app-uninstalled.json", InstallFlow.SOFTBALL_TEAM));

    flow.install("code-softball");

    assertThat(flow.orgs.findBySlackTeamId(InstallFlow.SOFTBALL_TEAM)).contains(softball);
    assertThat(tokens.forOrg(softball.id())).contains(InstallFlow.SOFTBALL_TOKEN);
    assertThat(flow.orgs.findAll()).hasSize(2);
  }

  @Test
  void aWorkerHandlingStoredEventsCanForgetDirectlyAndRepeatedly() {
    ForgettingUninstalledWorkspace forgetting =
        new ForgettingUninstalledWorkspace(flow.installations);

    forgetting.forgetBotToken("E12345678", InstallFlow.BETA_TEAM);
    forgetting.forgetBotToken("E12345678", InstallFlow.BETA_TEAM);
    forgetting.forgetInstallation("E12345678", InstallFlow.SOFTBALL_TEAM);
    forgetting.forgetInstallation("E12345678", InstallFlow.SOFTBALL_TEAM);

    assertThat(tokens.forOrg(beta.id())).isEmpty();
    assertThat(tokens.forOrg(softball.id())).isEmpty();
    assertThat(flow.orgs.findAll()).containsExactlyInAnyOrder(softball, beta);
  }

  @Test
  void aStoredUninstallOrTokenRevocationForgetsTheWorkspaceItNames() {
    ForgettingUninstalledWorkspace forgetting =
        new ForgettingUninstalledWorkspace(flow.installations);

    forgetting.forget(
        new StoredSlackRequest.Uninstalled(
            InstallFlow.BETA_TEAM, Optional.of("E12345678"), "tokens_revoked"));
    assertThat(tokens.forOrg(beta.id())).isEmpty();
    assertThat(tokens.forOrg(softball.id())).contains(InstallFlow.SOFTBALL_TOKEN);

    forgetting.forget(
        new StoredSlackRequest.Uninstalled(
            InstallFlow.SOFTBALL_TEAM, Optional.of("E12345678"), "app_uninstalled"));
    assertThat(tokens.forOrg(softball.id())).isEmpty();
    assertThat(flow.installations.findBot("E12345678", InstallFlow.SOFTBALL_TEAM)).isNull();
    assertThat(flow.orgs.findAll()).containsExactlyInAnyOrder(softball, beta);
  }

  /** The fixture event (team T111 of grid E111) as sent by the given workspace of the grid. */
  private static String eventFor(String fixture, String teamId) {
    return SharedFiles.slackFixture(fixture)
        .replace("\"T111\"", "\"" + teamId + "\"")
        .replace("\"E111\"", "\"E12345678\"");
  }

  private static void assertAcked(Response response) {
    assertThat(response.getStatusCode()).isEqualTo(200);
  }
}
