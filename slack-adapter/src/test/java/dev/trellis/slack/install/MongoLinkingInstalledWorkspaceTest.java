package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoLinkingInstalledWorkspaceTest {

  @RegisterExtension
  static final InMemoryMongo mongo = new InMemoryMongo(SlackInstallSchema::ensureIndexes);

  private MongoOrgs orgs;
  private LinkingInstalledWorkspace linking;

  @BeforeEach
  void setUp() {
    orgs = new MongoOrgs(mongo.db());
    linking = new LinkingInstalledWorkspace(orgs);
  }

  @Test
  void aNewWorkspaceGetsAnOrgNamedAfterItWithAReadableIdOfNameAndTeam() {
    LinkingInstalledWorkspace.Result result =
        linking.link(new InstalledWorkspace("T9TK3CUKW", "E12345678", "Slack Softball Team"));

    Org expected =
        new Org(
            new OrgId("slack-softball-team-t9tk3cukw"),
            "Slack Softball Team",
            Optional.of("T9TK3CUKW"),
            Optional.empty());
    assertThat(result).isEqualTo(new LinkingInstalledWorkspace.Result.Created(expected));
    assertThat(orgs.findBySlackTeamId("T9TK3CUKW")).contains(expected);
    assertThat(result.inWords())
        .isEqualTo("created org slack-softball-team-t9tk3cukw (Slack Softball Team) for it");
  }

  @Test
  void aReinstallKeepsTheOrgAsItIs() {
    linking.link(new InstalledWorkspace("T111", null, "Acme"));
    Org renamedByAdmin =
        new Org(new OrgId("acme-t111"), "ACME Europe", Optional.of("T111"), Optional.empty());
    orgs.save(renamedByAdmin);

    LinkingInstalledWorkspace.Result again =
        linking.link(new InstalledWorkspace("T111", null, "Acme Renamed In Slack"));

    assertThat(again).isEqualTo(new LinkingInstalledWorkspace.Result.Linked(renamedByAdmin));
    assertThat(again.inWords()).isEqualTo("linked to org acme-t111 (ACME Europe)");
    assertThat(orgs.findAll()).containsExactly(renamedByAdmin);
  }

  @Test
  void anOrgAnAdminAlreadyLinkedToTheTeamKeepsItsId() {
    Org byAdmin =
        new Org(
            new OrgId("acme"),
            "Acme",
            Optional.of("T111"),
            Optional.of("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    orgs.save(byAdmin);

    assertThat(linking.link(new InstalledWorkspace("T111", null, "Acme")))
        .isEqualTo(new LinkingInstalledWorkspace.Result.Linked(byAdmin));
    assertThat(orgs.findAll()).containsExactly(byAdmin);
  }

  @Test
  void twoWorkspacesWithTheSameNameGetTwoOrgs() {
    linking.link(new InstalledWorkspace("T111", null, "Acme"));
    linking.link(new InstalledWorkspace("T222", null, "Acme"));

    assertThat(orgs.findAll())
        .extracting(org -> org.id().value(), org -> org.slackTeamId().orElseThrow())
        .containsExactly(tuple("acme-t111", "T111"), tuple("acme-t222", "T222"));
  }

  @Test
  void anOrgNotLinkedToTheTeamIsNeverTakenOver() {
    Org teamsOrg =
        new Org(
            new OrgId("acme-t111"),
            "Acme on Teams",
            Optional.empty(),
            Optional.of("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    orgs.save(teamsOrg);

    LinkingInstalledWorkspace.Result result =
        linking.link(new InstalledWorkspace("T111", null, "Acme"));

    assertThat(result).isInstanceOf(LinkingInstalledWorkspace.Result.NotLinked.class);
    assertThat(((LinkingInstalledWorkspace.Result.NotLinked) result).reason())
        .contains("acme-t111")
        .contains("T111");
    assertThat(orgs.findAll()).containsExactly(teamsOrg);
    assertThat(orgs.findBySlackTeamId("T111")).isEmpty();
  }

  @Test
  void anOrgWideInstallGetsAnOrgLinkedToItsEnterpriseId() {
    linking.link(new InstalledWorkspace("E999", "E999", "Big Corp"));

    assertThat(orgs.findBySlackTeamId("E999"))
        .contains(
            new Org(new OrgId("big-corp-e999"), "Big Corp", Optional.of("E999"), Optional.empty()));
  }

  @Test
  void theIdIsLowerCaseAsciiWordsAndAlwaysAValidOrgId() {
    assertThat(LinkingInstalledWorkspace.orgIdFor("Café Müller & Co.", "T111").value())
        .isEqualTo("cafe-muller-co-t111");
    assertThat(LinkingInstalledWorkspace.orgIdFor("日本チーム", "T111").value()).isEqualTo("slack-t111");
    assertThat(LinkingInstalledWorkspace.orgIdFor(null, "T111").value()).isEqualTo("slack-t111");
    assertThat(LinkingInstalledWorkspace.orgIdFor("  --Ops--  ", "T111").value())
        .isEqualTo("ops-t111");
    String longName = "The Very Long Name Of A Workspace That Goes On And On Without End";
    String id = LinkingInstalledWorkspace.orgIdFor(longName, "T0123456789").value();
    assertThat(id).hasSizeLessThanOrEqualTo(64).endsWith("-t0123456789").doesNotContain("--");
    assertThat(OrgId.isValid(id)).isTrue();
  }

  @Test
  void aWorkspaceWithoutANameIsNamedByItsTeamId() {
    linking.link(new InstalledWorkspace("T111", null, " "));

    assertThat(orgs.findBySlackTeamId("T111").orElseThrow().name()).isEqualTo("Slack T111");
  }
}
