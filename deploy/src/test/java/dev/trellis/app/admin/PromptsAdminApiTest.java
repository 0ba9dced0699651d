package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.trellis.app.AdminClient.Answer;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST .../people/{email}/prompts}: a reflection prompt now, with no chat platform. */
class PromptsAdminApiTest extends AdminApiTestBase {

  private static final String PEOPLE =
      "email,name,time_zone,slack_user_id,teams_aad_object_id\n"
          + "ada@example.com,Ada Lovelace,America/New_York,U0ADA0001,\n"
          + "tim@example.com,Tim Berners-Lee,Europe/London,,0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d\n"
          + "nia@example.com,Nia Nobody,Europe/Berlin,,\n";

  @BeforeEach
  void givenAnOrgWithPeople() {
    admin.createOrg(orgId);
    assertThat(admin.postCsv(people(), PEOPLE).status()).isEqualTo(200);
  }

  @Test
  void givenASlackUser_thenThePromptIsQueuedAndTriedAtOnce() {
    Answer sent = admin.post(prompts("ada@example.com"));

    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    assertThat(sent.json().at("/promptId").asString()).isNotBlank();
    JsonNode pending = thenOnePendingMessageWasTried();
    assertThat(pending.at("/0/id").asString()).matches("[0-9a-f]{16}");
    assertThat(pending.at("/0/platform").asString()).isEqualTo("SLACK");
    assertThat(pending.at("/0/reason").asString()).isEqualTo("SLACK is not connected");
  }

  @Test
  void givenATeamsOnlyUserWhoNeverInstalledTheBot_thenThePromptIsADeadLetterSayingSo() {
    Answer sent = admin.post(prompts("TIM@example.com"));

    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(dead().size()).isEqualTo(1));
    JsonNode dead = dead();
    assertThat(dead.at("/0/platform").asString()).isEqualTo("TEAMS");
    assertThat(dead.at("/0/reason").asString()).isEqualTo("no Teams conversation with this person");
    assertThat(pending().size()).isZero();
  }

  @Test
  void eachSendIsANewPrompt() {
    String first = admin.post(prompts("ada@example.com")).json().at("/promptId").asString();
    String second = admin.post(prompts("ada@example.com")).json().at("/promptId").asString();

    assertThat(second).isNotEqualTo(first);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(pending().size()).isEqualTo(2));
  }

  @Test
  void givenAPersonWithNoChatIdentity_thenIs409AndSaysWhatToAdd() {
    Answer answer = admin.post(prompts("nia@example.com"));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.json().at("/detail").asString())
        .contains("nia@example.com has no Slack user id and no Teams AAD object id")
        .contains("slack_user_id or teams_aad_object_id");
    assertThat(pending().size()).isZero();
  }

  @Test
  void givenEveryQuestionRetired_thenIs409AndSaysHowToAddOne() {
    for (JsonNode question : admin.get("/api/admin/orgs/" + orgId + "/questions").json()) {
      admin.delete("/api/admin/orgs/" + orgId + "/questions/" + question.at("/id").asString());
    }

    Answer answer = admin.post(prompts("ada@example.com"));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().at("/detail").asString()).contains("no question left to ask");
    assertThat(pending().size()).isZero();
  }

  @Test
  void givenAnUnknownOrgOrPerson_thenIs404AndABadEmailIs400() {
    Answer unknownPerson = admin.post(prompts("grace@example.com"));
    Answer unknownOrg =
        admin.post("/api/admin/orgs/" + orgId + "-x/people/ada@example.com/prompts");
    Answer badEmail = admin.post(prompts("not-an-email"));

    assertThat(unknownPerson.status()).isEqualTo(404);
    assertThat(unknownPerson.json().at("/detail").asString())
        .contains("There is no grace@example.com in org '" + orgId + "'");
    assertThat(unknownOrg.status()).isEqualTo(404);
    assertThat(badEmail.status()).isEqualTo(400);
    assertThat(badEmail.json().at("/detail").asString()).contains("'not-an-email'");
  }

  @Test
  void givenNoToken_thenIs401AndNothingIsSent() {
    assertThat(admin.withToken(null).post(prompts("ada@example.com")).status()).isEqualTo(401);
    assertThat(admin.withToken("wrong-token-0123456789").post(prompts("ada@example.com")).status())
        .isEqualTo(401);
    assertThat(pending().size()).isZero();
  }

  private JsonNode thenOnePendingMessageWasTried() {
    // The send-now answer dispatches at once; the 1s tick may get there first, so wait briefly.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(pending().at("/0/attempts").asInt()).isEqualTo(1));
    JsonNode pending = pending();
    assertThat(pending.size()).isEqualTo(1);
    return pending;
  }

  private JsonNode dead() {
    return admin.get("/api/admin/orgs/" + orgId + "/outbox?state=dead").json();
  }

  private JsonNode pending() {
    return admin.get("/api/admin/orgs/" + orgId + "/outbox?state=pending").json();
  }

  private String prompts(String email) {
    return "/api/admin/orgs/" + orgId + "/people/" + email + "/prompts";
  }
}
