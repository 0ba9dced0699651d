package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code .../audit}: every admin access to people's data is written down (who, when, what, whose),
 * never the data, and an org token sees its own org's log only.
 */
class AuditLogApiTest extends AdminApiTestBase {

  @BeforeEach
  void givenAnOrgWithTwoPeople() {
    admin.createOrg(orgId);
    Answer imported =
        admin.postCsv(
            people(),
            "email,name,department,time_zone\n"
                + "ann@acme.example,Ann Secretname,Design,UTC\n"
                + "bob@acme.example,Bob,Design,UTC\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  @Test
  void readingTheDirectoryAndAPersonsScheduleIsLoggedWithTheTokenThatDidIt() {
    String token = orgToken(orgId);
    String tokenId = token.split("\\.")[1];
    AdminClient hr = admin.withToken(token);

    assertThat(hr.get(people()).status()).isEqualTo(200);
    assertThat(hr.get(people() + "/ann@acme.example/schedule").status()).isEqualTo(200);

    Answer log = hr.get(audit());
    assertThat(log.status()).as(log.body()).isEqualTo(200);
    assertThat(log.body()).doesNotContain("Secretname").doesNotContain("Design");
    JsonNode newest = log.json().get(0);
    assertThat(newest.at("/who").asString()).isEqualTo("token " + tokenId);
    assertThat(newest.at("/action").asString()).isEqualTo("read schedule");
    assertThat(newest.at("/person").asString()).isEqualTo("ann@acme.example");
    assertThat(newest.at("/at").asString()).isNotBlank();
    JsonNode directory = log.json().get(1);
    assertThat(directory.at("/action").asString()).isEqualTo("read directory");
    assertThat(directory.at("/person").isMissingNode() || directory.at("/person").isNull())
        .isTrue();
    JsonNode imported = log.json().get(2);
    assertThat(imported.at("/who").asString()).isEqualTo("operator");
    assertThat(imported.at("/action").asString()).isEqualTo("import people");
  }

  @Test
  void anotherOrgsTokenCannotReadTheLogAndABadInstantIsExplained() {
    String other = "other-" + orgId;
    admin.createOrg(other);
    Answer foreign = admin.withToken(orgToken(other)).get(audit());
    assertThat(foreign.status()).isEqualTo(404);

    Answer bad = admin.get(audit() + "?from=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("'from' is an instant such as 2026-12-01T00:00:00Z");
  }

  private String audit() {
    return "/api/admin/orgs/" + orgId + "/audit";
  }
}
