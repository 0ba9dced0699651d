package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.testkit.Fixtures;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenCheckTest extends AdminApiTestBase {

  @Test
  void givenNoToken_thenEveryAdminCallIs401WithoutDetail() {
    var anonymous = admin.withToken(null);

    assertUnauthorized(anonymous.createOrg(orgId));
    assertUnauthorized(anonymous.get("/api/admin/orgs/" + orgId));
    assertUnauthorized(anonymous.get(people()));
    assertUnauthorized(
        anonymous.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv"))));
    assertUnauthorized(anonymous.postCsv(oneOnOnes(), "manager_email"));
    assertUnauthorized(anonymous.get("/api/admin/no-such-endpoint"));
    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(404);
  }

  @Test
  void givenWrongToken_thenIs401AndNothingIsStored() {
    assertUnauthorized(admin.withToken(TOKEN + "x").createOrg(orgId));
    assertUnauthorized(admin.withToken(TOKEN.substring(1)).createOrg(orgId));
    assertUnauthorized(admin.withToken("").createOrg(orgId));

    assertThat(admin.get("/api/admin/orgs/" + orgId).status()).isEqualTo(404);
  }

  @Test
  void givenTokenInAnotherScheme_thenIs401() {
    Answer answer =
        admin
            .withToken(null)
            .send(
                HttpRequest.newBuilder(URI.create(admin.base() + "/api/admin/orgs/" + orgId))
                    .header("Authorization", "Basic " + TOKEN)
                    .GET());

    assertUnauthorized(answer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"//api/admin/orgs/", "/api//admin/orgs/", "/api/./admin/orgs/"})
  void givenOddlyWrittenAdminPath_thenTheTokenIsStillRequired(String prefix) {
    admin.createOrg(orgId);

    Answer answer = admin.withToken(null).get(prefix + orgId);

    assertThat(answer.status()).isIn(400, 401, 404);
    assertThat(answer.body()).doesNotContain(orgId);
  }

  @Test
  void givenTheRightToken_thenTheCallGoesThrough() {
    assertThat(admin.createOrg(orgId).status()).isEqualTo(201);
  }

  @Test
  void healthNeedsNoTokenAndShowsMongo() {
    Answer health = admin.withToken(null).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().at("/status").asString()).isEqualTo("UP");
    assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
  }

  private static void assertUnauthorized(Answer answer) {
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body()).isEmpty();
    assertThat(answer.header("WWW-Authenticate")).hasValue("Bearer realm=\"trellis-admin\"");
  }
}
