package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The outbox API; this instance runs no clock, so a retried message waits instead of being tried.
 */
@TestPropertySource(properties = "trellis.scheduling.enabled=false")
class OutboxAdminApiTest extends AdminApiTestBase {

  @Autowired Outbox outbox;
  @Autowired People directory;

  @BeforeEach
  void givenAnOrg() {
    admin.createOrg(orgId);
  }

  @Test
  void deadMessagesAreListedWithWhyButNeverWhatTheySaidNorWhatTheyAreAbout() {
    OutboxEntry entry = entry(orgId, "buddy-skip:" + orgId + "/lab/1/0:p2:p1");
    outbox.enqueue(entry);
    outbox.markDead("test", entry, "account_inactive", Instant.now());

    JsonNode dead = admin.get("/api/admin/orgs/" + orgId + "/outbox?state=dead").json();

    assertThat(dead.size()).isEqualTo(1);
    assertThat(dead.at("/0/id").asString()).matches("[0-9a-f]{16}");
    assertThat(dead.at("/0/personId").asString()).isEqualTo("p1");
    assertThat(dead.toString()).doesNotContain("skip").doesNotContain("p2");
    assertThat(dead.at("/0/reason").asString()).isEqualTo("account_inactive");
    assertThat(dead.at("/0/attempts").asInt()).isEqualTo(1);
    assertThat(dead.toString()).doesNotContain("secret career plan");
  }

  @Test
  void pendingMessagesAreListedAndEachOrgSeesOnlyItsOwn() {
    String other = orgId + "-b";
    admin.createOrg(other);
    outbox.enqueue(entry(orgId, "a"));
    outbox.enqueue(entry(other, "b"));

    JsonNode pending = admin.get("/api/admin/orgs/" + orgId + "/outbox?state=pending").json();

    assertThat(pending.size()).isEqualTo(1);
    assertThat(pending.at("/0/id").asString())
        .isEqualTo(OutboxAdminController.idOf(DedupeKey.of(new OrgId(orgId), "a")));
    assertThat(admin.get("/api/admin/orgs/" + orgId + "/outbox").json().size()).isZero();
  }

  @Test
  void aRecipientInTheDirectoryIsListedByNameAndEmailOneWhoLeftByIdOnly() {
    AdminClient.Answer imported =
        admin.postCsv(
            people(),
            "email,name,time_zone,slack_user_id\nada@example.com,Ada Lovelace,UTC,U0ADA\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    OrgId org = new OrgId(orgId);
    PersonId ada = directory.findByEmail(org, new Email("ada@example.com")).orElseThrow().id();
    outbox.enqueue(
        OutboxEntry.fresh(
            DedupeKey.of(org, "to-ada"),
            new Recipient(org, ada, Platform.SLACK, "U0ADA"),
            OutboundMessage.builder("my secret career plan").build(),
            Instant.now()));
    outbox.enqueue(entry(orgId, "to-someone-gone"));

    JsonNode pending = admin.get(outboxPath() + "?state=pending").json();

    assertThat(pending.findValuesAsString("personId")).containsExactlyInAnyOrder(ada.value(), "p1");
    JsonNode toAda = to(pending, ada.value());
    JsonNode toGone = to(pending, "p1");
    assertThat(toAda.at("/name").asString()).isEqualTo("Ada Lovelace");
    assertThat(toAda.at("/email").asString()).isEqualTo("ada@example.com");
    assertThat(toGone.get("name").isNull()).isTrue();
    assertThat(toGone.get("email").isNull()).isTrue();
    assertThat(pending.toString()).doesNotContain("secret career plan");
  }

  @Test
  void aRetriedDeadLetterLeavesTheDeadListAndWaitsToBeSentAgain() {
    OutboxEntry entry = entry(orgId, "r");
    outbox.enqueue(entry);
    outbox.markDead("test", entry, "account_inactive", Instant.now());
    String id = OutboxAdminController.idOf(entry.key());

    AdminClient.Answer retried = admin.post(outboxPath() + "/" + id + "/retry");

    assertThat(retried.status()).as(retried.body()).isEqualTo(202);
    assertThat(admin.get(outboxPath() + "?state=dead").json().size()).isZero();
    assertThat(admin.get(outboxPath() + "?state=pending").json().findValuesAsString("id"))
        .containsExactly(id);
    assertThat(admin.post(outboxPath() + "/" + id + "/retry").status()).isEqualTo(404);
  }

  @Test
  void givenADeadLetterOfAnotherOrgOrNoneOrNoToken_thenNothingIsRetried() {
    String other = orgId + "-b";
    admin.createOrg(other);
    OutboxEntry entry = entry(other, "r");
    outbox.enqueue(entry);
    outbox.markDead("test", entry, "account_inactive", Instant.now());
    String id = OutboxAdminController.idOf(entry.key());

    assertThat(admin.post(outboxPath() + "/" + id + "/retry").status()).isEqualTo(404);
    assertThat(admin.post(outboxPath() + "/not-an-id/retry").status()).isEqualTo(404);
    assertThat(admin.withToken(null).post(outboxPath() + "/" + id + "/retry").status())
        .isEqualTo(401);
    assertThat(
            admin
                .withToken(orgToken(orgId))
                .post("/api/admin/orgs/" + other + "/outbox/" + id + "/retry")
                .status())
        .isEqualTo(404);
    assertThat(admin.get("/api/admin/orgs/" + other + "/outbox?state=dead").json().size())
        .isEqualTo(1);
  }

  private static JsonNode to(JsonNode items, String personId) {
    return items
        .valueStream()
        .filter(item -> item.at("/personId").asString().equals(personId))
        .findFirst()
        .orElseThrow();
  }

  private String outboxPath() {
    return "/api/admin/orgs/" + orgId + "/outbox";
  }

  @Test
  void givenAnUnknownStateOrLimit_thenIs400() {
    assertThat(admin.get("/api/admin/orgs/" + orgId + "/outbox?state=sent").status())
        .isEqualTo(400);
    assertThat(admin.get("/api/admin/orgs/" + orgId + "/outbox?limit=0").status()).isEqualTo(400);
    assertThat(admin.withToken(null).get("/api/admin/orgs/" + orgId + "/outbox").status())
        .isEqualTo(401);
  }

  private static OutboxEntry entry(String org, String key) {
    OrgId id = new OrgId(org);
    return OutboxEntry.fresh(
        DedupeKey.of(id, key),
        new Recipient(id, new PersonId("p1"), Platform.SLACK, "U0001"),
        OutboundMessage.builder("my secret career plan").build(),
        Instant.now());
  }
}
