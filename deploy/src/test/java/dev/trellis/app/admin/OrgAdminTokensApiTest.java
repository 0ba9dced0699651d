package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.trellis.app.AdminClient.Answer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code .../tokens}: the operator issues, lists and revokes an org's own admin tokens. */
class OrgAdminTokensApiTest extends AdminApiTestBase {

  @Autowired MongoDatabase db;

  @BeforeEach
  void givenAnOrg() {
    admin.createOrg(orgId);
  }

  private String tokens() {
    return "/api/admin/orgs/" + orgId + "/tokens";
  }

  @Test
  void anIssuedTokenIsShownOnceAndListedWithoutIt() throws Exception {
    Answer issued = admin.postJson(tokens(), "{\"name\":\"People team\"}");

    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String id = issued.json().at("/id").asString();
    String token = issued.json().at("/token").asString();
    assertThat(token).startsWith("trellis-org.");
    assertThat(issued.header("Location")).hasValue(tokens() + "/" + id);
    assertThat(issued.header("Cache-Control")).hasValue("no-store");
    Answer listed = admin.get(tokens());
    JsonNode first = listed.json().at("/0");
    assertThat(first.propertyNames()).containsExactly("id", "name", "createdAt", "lastUsedAt");
    assertThat(first.at("/name").asString()).isEqualTo("People team");
    assertThat(first.at("/lastUsedAt").isNull()).isTrue();
    assertThat(listed.body()).doesNotContain(secretOf(token)).doesNotContain(sha256(token));
  }

  @Test
  void theTokenIsStoredOnlyAsItsHash() throws Exception {
    String token = orgToken(orgId);
    String id = token.split("\\.")[1];

    Document raw = db.getCollection("admin_tokens").find(Filters.eq("_id", id)).first();

    assertThat(raw).isNotNull();
    assertThat(raw.toJson()).doesNotContain(token).doesNotContain(secretOf(token));
    assertThat(raw.getString("sha256")).isEqualTo(sha256(token));
    assertThat(raw.getString("orgId")).isEqualTo(orgId);
  }

  @Test
  void aTokenOpensItsOrgAndItsUseIsListed() {
    String token = orgToken(orgId);

    Answer read = admin.withToken(token).get("/api/admin/orgs/" + orgId);

    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().at("/id").asString()).isEqualTo(orgId);
    assertThat(admin.get(tokens()).json().at("/0/lastUsedAt").asString()).isNotBlank();
  }

  @Test
  void aRevokedTokenGets401() {
    String token = orgToken(orgId);
    String id = token.split("\\.")[1];

    Answer revoked = admin.delete(tokens() + "/" + id);

    assertThat(revoked.status()).isEqualTo(204);
    Answer after = admin.withToken(token).get("/api/admin/orgs/" + orgId);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.body()).isEmpty();
    assertThat(admin.get(tokens()).json().size()).isZero();
    assertThat(admin.delete(tokens() + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void onlyTheOperatorIssuesListsAndRevokesTokensOrChangesTheOrg() {
    String token = orgToken(orgId);
    String id = token.split("\\.")[1];
    var orgAdmin = admin.withToken(token);

    assertForbidden(orgAdmin.postJson(tokens(), "{\"name\":\"Another\"}"));
    assertForbidden(orgAdmin.get(tokens()));
    assertForbidden(orgAdmin.delete(tokens() + "/" + id));
    assertForbidden(orgAdmin.putOrg(orgId, "{\"name\":\"Renamed\"}"));
    assertThat(admin.get("/api/admin/orgs/" + orgId).json().at("/name").asString())
        .isEqualTo("Org " + orgId);
    assertThat(admin.get(tokens()).json().size()).isEqualTo(1);
  }

  @Test
  void badRequestsSayWhy() {
    Answer noName = admin.postJson(tokens(), "{}");
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().at("/detail").asString()).contains("name is required");
    assertThat(admin.postJson(tokens(), "{\"name\":\"" + "x".repeat(101) + "\"}").status())
        .isEqualTo(400);
    assertThat(admin.postJson(tokens(), "not json").status()).isEqualTo(400);
    assertThat(
            admin
                .postJson("/api/admin/orgs/" + orgId + "-none/tokens", "{\"name\":\"X\"}")
                .status())
        .isEqualTo(404);
    assertThat(admin.delete(tokens() + "/not-a-token-id").status()).isEqualTo(404);
    assertThat(admin.get(tokens()).json().size()).isZero();
  }

  private static void assertForbidden(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.json().at("/detail").asString()).contains("operator");
  }

  private static String secretOf(String token) {
    return token.substring(token.lastIndexOf('.') + 1);
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }
}
