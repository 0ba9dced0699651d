package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code DELETE .../people/{email}}: an HR request erases the person as their own forget-me does,
 * the audit log says an erasure happened (to someone no longer named), and an org token reaches
 * only its own org's people.
 */
class PersonErasureAdminApiTest extends AdminApiTestBase {

  @BeforeEach
  void givenAnnWhoManagesBob() {
    admin.createOrg(orgId);
    Answer imported =
        admin.postCsv(
            people(),
            "email,name,manager_email,department,time_zone\n"
                + "ann@acme.example,Ann Secretname,,Design,UTC\n"
                + "bob@acme.example,Bob,ann@acme.example,Design,UTC\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  @Test
  void deletingAnnErasesHerClearsBobsManagerAndLogsTheErasureWithoutNamingHer() {
    String token = orgToken(orgId);
    AdminClient hr = admin.withToken(token);

    Answer erased = hr.delete(people() + "/ann@acme.example");

    assertThat(erased.status()).as(erased.body()).isEqualTo(204);
    Answer directory = hr.get(people());
    assertThat(directory.body()).doesNotContain("ann@acme.example").doesNotContain("Secretname");
    assertThat(directory.json().at("/items/0/email").asString()).isEqualTo("bob@acme.example");
    assertThat(
            directory.json().at("/items/0/managerEmail").isMissingNode()
                || directory.json().at("/items/0/managerEmail").isNull())
        .isTrue();
    Answer log = hr.get("/api/admin/orgs/" + orgId + "/audit");
    assertThat(log.body()).doesNotContain("ann@acme.example");
    JsonNode erasure = log.json().get(1);
    assertThat(erasure.at("/action").asString()).isEqualTo("erase");
    assertThat(erasure.at("/who").asString()).isEqualTo("token " + token.split("\\.")[1]);
    assertThat(erasure.at("/person").asString()).isEqualTo("(erased)");
    assertThat(hr.delete(people() + "/ann@acme.example").status()).isEqualTo(404);
  }

  @Test
  void anUnknownPersonIs404ANonEmail400AndAnotherOrgsToken404() {
    String other = "other-" + orgId;
    admin.createOrg(other);

    Answer unknown = admin.delete(people() + "/nobody@acme.example");
    Answer notEmail = admin.delete(people() + "/ann");
    Answer foreign = admin.withToken(orgToken(other)).delete(people() + "/bob@acme.example");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("There is no nobody@acme.example");
    assertThat(notEmail.status()).isEqualTo(400);
    assertThat(notEmail.body()).contains("is not an email address");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(admin.get(people()).body()).contains("bob@acme.example");
  }
}
