package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole service on a random port with the embedded MongoDB in memory. Each test works in an org
 * of its own, so tests share one running service without seeing each other's data.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.mongodb.embedded=memory",
      "trellis.admin.token=" + AdminApiTestBase.TOKEN,
      "trellis.admin.import-max-size=1MB",
      // Each person's quarterly map prompt falls on a day set by their random id.
      "trellis.goals.quarterly-prompts=false",
      // A weekly digest step for everyone would crowd every schedule the tests read.
      "trellis.opportunities.weekly-digest=false"
    })
abstract class AdminApiTestBase {

  static final String TOKEN = "test-admin-token-0123456789";

  @LocalServerPort int port;

  AdminClient admin;
  String orgId;

  @BeforeEach
  void connect() {
    admin = new AdminClient(port, TOKEN);
    orgId = "org-" + UUID.randomUUID().toString().substring(0, 8);
  }

  String people() {
    return "/api/admin/orgs/" + orgId + "/people";
  }

  String oneOnOnes() {
    return "/api/admin/orgs/" + orgId + "/one-on-ones";
  }

  /** A new org-scoped token for the org, issued with the operator's token. */
  String orgToken(String org) {
    AdminClient.Answer issued =
        admin.postJson("/api/admin/orgs/" + org + "/tokens", "{\"name\":\"HR of " + org + "\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.json().at("/token").asString();
  }
}
