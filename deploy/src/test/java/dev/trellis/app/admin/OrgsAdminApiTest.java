package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import org.junit.jupiter.api.Test;

class OrgsAdminApiTest extends AdminApiTestBase {

  @Test
  void shouldCreateThenUpdateAnOrg() {
    Answer created =
        admin.putOrg(
            orgId,
            "{\"name\":\"Acme\",\"slackTeamId\":\"T0"
                + orgId.substring(4).toUpperCase()
                + "\",\"teamsTenantId\":\"B5BBBC8F-247A-42E2-BA00-C5C5C6495FEC\"}");
    Answer updated = admin.putOrg(orgId, "{\"name\":\"Acme Corp\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().at("/teamsTenantId").asString())
        .isEqualTo("b5bbbc8f-247a-42e2-ba00-c5c5c6495fec");
    assertThat(updated.status()).isEqualTo(200);
    Answer shown = admin.get("/api/admin/orgs/" + orgId);
    assertThat(shown.json().at("/name").asString()).isEqualTo("Acme Corp");
    assertThat(shown.json().at("/slackTeamId").asString())
        .isEqualTo("T0" + orgId.substring(4).toUpperCase());
    assertThat(shown.json().at("/teamsTenantId").asString())
        .isEqualTo("b5bbbc8f-247a-42e2-ba00-c5c5c6495fec");
  }

  @Test
  void aPlatformIdLeftOutStaysAndAnExplicitNullUnlinksIt() {
    String team = "T2" + orgId.substring(4).toUpperCase();
    admin.putOrg(
        orgId,
        "{\"name\":\"Acme\",\"slackTeamId\":\""
            + team
            + "\",\"teamsTenantId\":\"b5bbbc8f-247a-42e2-ba00-"
            + orgId.substring(4)
            + "0000\"}");

    Answer unlinked = admin.putOrg(orgId, "{\"name\":\"Acme\",\"slackTeamId\":null}");

    assertThat(unlinked.status()).isEqualTo(200);
    assertThat(unlinked.json().at("/slackTeamId").isNull()).isTrue();
    assertThat(unlinked.json().at("/teamsTenantId").asString())
        .endsWith(orgId.substring(4) + "0000");
    // Unlinked, the team is free for another org; taken again, it is 409 for a third.
    assertThat(
            admin.putOrg(orgId + "b", "{\"name\":\"B\",\"slackTeamId\":\"" + team + "\"}").status())
        .isEqualTo(201);
    assertThat(admin.putOrg(orgId, "{\"name\":\"A\",\"slackTeamId\":\"" + team + "\"}").status())
        .isEqualTo(409);
    assertThat(admin.putOrg(orgId, "{\"name\":\"A\",\"slackTeamId\":42}").status()).isEqualTo(400);
  }

  @Test
  void theOperatorListsEveryOrgWithItsPlatformsAndPeopleCount() {
    String team = "T3" + orgId.substring(4).toUpperCase();
    admin.putOrg(orgId, "{\"name\":\"Listed\",\"slackTeamId\":\"" + team + "\"}");
    Answer imported =
        admin.postCsv(
            people(),
            "email,name,time_zone\nann@example.com,Ann,Europe/Berlin\nbo@example.com,Bo,UTC\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    Answer listed = admin.get("/api/admin/orgs");

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().values())
        .filteredOn(o -> o.at("/id").asString().equals(orgId))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.at("/name").asString()).isEqualTo("Listed");
              assertThat(o.at("/slackTeamId").asString()).isEqualTo(team);
              assertThat(o.at("/teamsTenantId").isNull()).isTrue();
              assertThat(o.at("/peopleCount").asLong()).isEqualTo(2);
            });
  }

  @Test
  void anOrgScopedTokenCannotListOrgs() {
    admin.createOrg(orgId);
    String token =
        admin
            .postJson("/api/admin/orgs/" + orgId + "/tokens", "{\"name\":\"HR\"}")
            .json()
            .at("/token")
            .asString();

    Answer listed = admin.withToken(token).get("/api/admin/orgs");

    assertThat(listed.status()).isEqualTo(403);
    assertThat(listed.body()).doesNotContain(orgId + "\"");
  }

  @Test
  void givenASlackTeamOfAnotherOrg_thenIs409AndTheOrgIsNotCreated() {
    String team = "T1" + orgId.substring(4).toUpperCase();
    admin.putOrg(orgId, "{\"name\":\"First\",\"slackTeamId\":\"" + team + "\"}");

    Answer answer =
        admin.putOrg(orgId + "b", "{\"name\":\"Second\",\"slackTeamId\":\"" + team + "\"}");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().at("/detail").asString()).contains(team, "another org");
    assertThat(admin.get("/api/admin/orgs/" + orgId + "b").status()).isEqualTo(404);
  }

  @Test
  void givenBadInput_thenEachGetsA400ThatSaysWhy() {
    assertThat(admin.putOrg(orgId, "{\"name\":\"  \"}").json().at("/detail").asString())
        .contains("name is required");
    assertThat(admin.putOrg(orgId, "{\"name\":\"A\",\"slackTeamId\":\"nope\"}").status())
        .isEqualTo(400);
    assertThat(admin.putOrg(orgId, "{\"name\":\"A\",\"teamsTenantId\":\"not a tenant\"}").status())
        .isEqualTo(400);
    assertThat(admin.putOrg(orgId, "{not json").status()).isEqualTo(400);
    assertThat(admin.putOrg("bad.id!", "{\"name\":\"A\"}").status()).isEqualTo(400);
    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(404);
  }

  @Test
  void givenAnUnknownOrg_thenIs404WithHowToCreateIt() {
    Answer answer = admin.get(people());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().at("/detail").asString()).contains("PUT /api/admin/orgs/" + orgId);
  }
}
