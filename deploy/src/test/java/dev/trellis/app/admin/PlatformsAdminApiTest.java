package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whether an org is connected, on a Trellis with no Slack settings and no MICROSOFT_APP_ID: each
 * platform says what is missing, and counts the people who carry an id there. (Slack connected and
 * healthy: {@code SlackOverHttpTest}.)
 */
class PlatformsAdminApiTest extends AdminApiTestBase {

  @Test
  void anOrgWithNothingLinkedIsUnhealthyOnBothAndSaysWhatToLink() {
    admin.createOrg(orgId);

    JsonNode platforms = admin.get("/api/admin/orgs/" + orgId + "/platforms").json();

    assertThat(platforms.at("/people").asLong()).isZero();
    assertThat(platforms.at("/slack/teamId").isNull()).isTrue();
    assertThat(platforms.at("/slack/healthy").asBoolean()).isFalse();
    assertThat(platforms.at("/slack/problem").asString()).contains("slackTeamId");
    assertThat(platforms.at("/teams/tenantId").isNull()).isTrue();
    assertThat(platforms.at("/teams/healthy").asBoolean()).isFalse();
    assertThat(platforms.at("/teams/problem").asString()).contains("teamsTenantId");
  }

  @Test
  void aLinkedOrgOnATrellisWithoutPlatformSettingsSaysWhichSettingIsMissing() {
    admin.putOrg(
        orgId,
        "{\"name\":\"Acme\",\"slackTeamId\":\"T9"
            + orgId.substring(4).toUpperCase()
            + "\",\"teamsTenantId\":\"c5bbbc8f-247a-42e2-ba00-"
            + orgId.substring(4)
            + "0000\"}");
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    JsonNode platforms = admin.get("/api/admin/orgs/" + orgId + "/platforms").json();

    assertThat(platforms.at("/people").asLong()).isEqualTo(183);
    assertThat(platforms.at("/slack/configured").asBoolean()).isFalse();
    assertThat(platforms.at("/slack/installed").asBoolean()).isFalse();
    assertThat(platforms.at("/slack/problem").asString()).contains("Slack is not configured");
    assertThat(platforms.at("/slack/peopleLinked").asLong()).isBetween(1L, 182L);
    assertThat(platforms.at("/teams/authentication").asString()).isEqualTo("CLOSED");
    assertThat(platforms.at("/teams/teamsInstalled").asInt()).isZero();
    assertThat(platforms.at("/teams/problem").asString()).contains("MICROSOFT_APP_ID");
    assertThat(platforms.at("/teams/peopleLinked").asLong()).isBetween(1L, 183L);
  }

  @Test
  void anOrgTokenSeesItsOwnOrgsPlatformsOnly() {
    admin.createOrg(orgId);
    String other = orgId + "-other";
    admin.createOrg(other);
    var own = admin.withToken(orgToken(orgId));

    Answer mine = own.get("/api/admin/orgs/" + orgId + "/platforms");
    Answer theirs = own.get("/api/admin/orgs/" + other + "/platforms");

    assertThat(mine.status()).isEqualTo(200);
    assertThat(theirs.status()).isEqualTo(404);
  }
}
