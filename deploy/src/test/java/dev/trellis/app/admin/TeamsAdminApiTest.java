package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import org.junit.jupiter.api.Test;

class TeamsAdminApiTest extends AdminApiTestBase {

  @Test
  void anOrgWithoutATeamsTenantCannotBeSynced() {
    admin.createOrg(orgId);

    Answer answer = admin.post("/api/admin/orgs/" + orgId + "/teams/sync");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().at("/detail").asString()).contains("has no Teams tenant");
  }

  @Test
  void anOrgWhoseBotIsInNoTeamYetSyncsNothing() {
    String tenant = java.util.UUID.randomUUID().toString();
    Answer org = admin.putOrg(orgId, "{\"name\":\"Acme\",\"teamsTenantId\":\"" + tenant + "\"}");
    assertThat(org.status()).as(org.body()).isEqualTo(201);

    Answer answer = admin.post("/api/admin/orgs/" + orgId + "/teams/sync");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().size()).isZero();
  }

  @Test
  void withoutTheTokenNothingHappens() {
    assertThat(admin.withToken(null).post("/api/admin/orgs/" + orgId + "/teams/sync").status())
        .isEqualTo(401);
  }
}
