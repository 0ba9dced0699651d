package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TenantIsolationTest extends AdminApiTestBase {

  @Test
  void oneOrgsAdminCallsNeverSeeAnotherOrgsPeople() {
    String other = orgId + "-other";
    admin.createOrg(orgId);
    admin.createOrg(other);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
    admin.postCsv(
        "/api/admin/orgs/" + other + "/people",
        "email,name,time_zone\nchen.nygaard@acme.example,Someone Else,Europe/Oslo\n");

    JsonNode otherPeople = admin.get("/api/admin/orgs/" + other + "/people").json();

    assertThat(otherPeople.at("/totalItems").asLong()).isEqualTo(1);
    assertThat(otherPeople.at("/items/0/name").asString()).isEqualTo("Someone Else");
    assertThat(admin.get(people()).json().at("/totalItems").asLong()).isEqualTo(183);
    assertThat(admin.get(people() + "?size=500").body())
        .contains("Chen Nygaard")
        .doesNotContain("Someone Else");
  }

  @Test
  void oneOnOnesCannotReachPeopleOfAnotherOrg() {
    String other = orgId + "-other";
    admin.createOrg(orgId);
    admin.createOrg(other);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    var answer =
        admin.postCsv(
            "/api/admin/orgs/" + other + "/one-on-ones",
            Fixtures.bytes(Fixtures.org("acme-one-on-ones.csv")));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/0/reason").asString()).contains("unknown person");
    assertThat(admin.get("/api/admin/orgs/" + other + "/one-on-ones").json().size()).isZero();
  }
}
