package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoBotTokensTest {

  @RegisterExtension
  static final InMemoryMongo mongo = new InMemoryMongo(SlackInstallSchema::ensureIndexes);

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId BETA = new OrgId("beta");
  private static final OrgId TEAMS_ONLY = new OrgId("teams-only");

  private MongoOrgs orgs;
  private MongoInstallationService installations;

  @BeforeEach
  void setUp() {
    orgs = new MongoOrgs(mongo.db());
    installations = new MongoInstallationService(mongo.db(), TestInstallations.cipher());
    orgs.save(new Org(ACME, "Acme", Optional.of("T111"), Optional.empty()));
    orgs.save(new Org(BETA, "Beta", Optional.of("T222"), Optional.empty()));
    orgs.save(
        new Org(
            TEAMS_ONLY,
            "Teams only",
            Optional.empty(),
            Optional.of("72f988bf-86f1-41af-91ab-2d7cd011db47")));
  }

  @Test
  void anInstalledOrgGetsItsOwnWorkspacesToken() {
    installations.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-acme"));
    installations.saveInstallerAndBot(TestInstallations.workspace("T222", "Beta", "xoxb-beta"));
    InstalledBotTokens tokens = new InstalledBotTokens(orgs, installations);

    assertThat(tokens.forOrg(ACME)).contains("xoxb-acme");
    assertThat(tokens.forOrg(BETA)).contains("xoxb-beta");
    assertThat(tokens.forOrg(TEAMS_ONLY)).isEmpty();
    assertThat(tokens.forOrg(new OrgId("unknown"))).isEmpty();
  }

  @Test
  void anOrgWhoseWorkspaceNeverInstalledOrUninstalledGetsNothing() {
    installations.saveInstallerAndBot(TestInstallations.workspace("T111", "Acme", "xoxb-acme"));
    InstalledBotTokens tokens = new InstalledBotTokens(orgs, installations);
    assertThat(tokens.forOrg(BETA)).isEmpty();

    installations.deleteAll(null, "T111");

    assertThat(tokens.forOrg(ACME)).isEmpty();
  }

  @Test
  void anOrgWideInstallServesTheOrgLinkedToTheEnterprise() {
    OrgId bigCorp = new OrgId("big-corp");
    orgs.save(new Org(bigCorp, "Big Corp", Optional.of("E999"), Optional.empty()));
    installations.saveInstallerAndBot(TestInstallations.orgWide("E999", "Big Corp", "xoxb-org"));

    assertThat(new InstalledBotTokens(orgs, installations).forOrg(bigCorp)).contains("xoxb-org");
  }

  @Test
  void theSingleWorkspaceTokenGoesOnlyToTheOrgOfItsTeam() {
    SingleWorkspaceBotToken tokens = new SingleWorkspaceBotToken("xoxb-single", "T111", orgs);

    assertThat(tokens.forOrg(ACME)).contains("xoxb-single");
    assertThat(tokens.forOrg(BETA)).isEmpty();
    assertThat(tokens.forOrg(TEAMS_ONLY)).isEmpty();
    assertThat(tokens.forOrg(new OrgId("unknown"))).isEmpty();
    assertThat(tokens.toString()).doesNotContain("xoxb");
  }

  @Test
  void theSingleWorkspaceTokenNeedsATokenAndItsTeam() {
    assertThatThrownBy(() -> new SingleWorkspaceBotToken(" ", "T111", orgs))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SingleWorkspaceBotToken("xoxb-single", null, orgs))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
