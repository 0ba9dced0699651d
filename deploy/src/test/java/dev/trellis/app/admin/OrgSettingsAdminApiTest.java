package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An org's settings through the admin API: defaults, merging PUTs, and a reason for bad input. */
class OrgSettingsAdminApiTest extends AdminApiTestBase {

  @BeforeEach
  void createOrg() {
    admin.createOrg(orgId);
  }

  @Test
  void anOrgThatNeverChangedAnythingHasTheDefaults() {
    Answer got = admin.get(settings());

    assertThat(got.status()).as(got.body()).isEqualTo(200);
    assertThat(got.json().toString()).isEqualTo("{\"feedback\":{\"askNudgeAfterWeeks\":6}}");
  }

  @Test
  void aPutChangesWhatItSendsAndFieldsLeftOutStayAsTheyAre() {
    Answer put = admin.putJson(settings(), "{\"feedback\":{\"askNudgeAfterWeeks\":3}}");
    Answer empty = admin.putJson(settings(), "{}");
    Answer emptySection = admin.putJson(settings(), "{\"feedback\":{}}");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().at("/feedback/askNudgeAfterWeeks").asInt()).isEqualTo(3);
    assertThat(empty.json().at("/feedback/askNudgeAfterWeeks").asInt()).isEqualTo(3);
    assertThat(emptySection.json().at("/feedback/askNudgeAfterWeeks").asInt()).isEqualTo(3);
    assertThat(admin.get(settings()).json().at("/feedback/askNudgeAfterWeeks").asInt())
        .isEqualTo(3);
    assertThat(
            admin
                .get("/api/admin/orgs/" + orgId + "-other/settings")
                .json()
                .at("/detail")
                .asString())
        .contains("There is no org");
  }

  @Test
  void theOrgsOwnScopedTokenReadsAndChangesItsSettings() {
    AdminClient orgAdmin = admin.withToken(orgToken(orgId));

    Answer put = orgAdmin.putJson(settings(), "{\"feedback\":{\"askNudgeAfterWeeks\":52}}");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(orgAdmin.get(settings()).json().at("/feedback/askNudgeAfterWeeks").asInt())
        .isEqualTo(52);
  }

  @Test
  void eachBadInputIs400WithAReasonNamingTheFieldAndChangesNothing() {
    String weeks = "'feedback.askNudgeAfterWeeks'";
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":0}}"), weeks + " is a number");
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":53}}"), "from 1 to 52, not 53");
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":\"six\"}}"), weeks);
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":6.5}}"), weeks);
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":1e12}}"), weeks);
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":99999999999}}"), weeks);
    assertBadRequest(put("{\"feedback\":{\"askNudgeAfterWeeks\":null}}"), weeks);
    assertBadRequest(
        put("{\"feedback\":{\"askNudgeAfterWeek\":6}}"), "'feedback.askNudgeAfterWeek'");
    assertBadRequest(
        put("{\"feedbak\":{\"askNudgeAfterWeeks\":6}}"), "There is no setting 'feedbak'");
    assertBadRequest(put("{\"feedback\":6}"), "'feedback' is a group of settings");
    assertBadRequest(put("{\"feedback\":null}"), "'feedback' cannot be null");
    assertBadRequest(put("[6]"), "Send the settings as a JSON object");
    assertBadRequest(put("6"), "Send the settings as a JSON object");
    assertBadRequest(put("{not json"), "");
    assertBadRequest(put(""), "");

    assertThat(admin.get(settings()).json().toString())
        .isEqualTo("{\"feedback\":{\"askNudgeAfterWeeks\":6}}");
  }

  @Test
  void anUnknownOrgIs404AndAMalformedOneIs400() {
    assertThat(admin.get("/api/admin/orgs/no-such-org/settings").status()).isEqualTo(404);
    assertThat(admin.putJson("/api/admin/orgs/no-such-org/settings", "{}").status()).isEqualTo(404);
    assertThat(admin.get("/api/admin/orgs/bad!org/settings").status()).isEqualTo(400);
  }

  @Test
  void withoutATokenNothingIsReadOrChanged() {
    Answer anonymous =
        admin.send(
            HttpRequest.newBuilder(URI.create(admin.base() + settings()))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"feedback\":{\"askNudgeAfterWeeks\":2}}")));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(admin.get(settings()).json().at("/feedback/askNudgeAfterWeeks").asInt())
        .isEqualTo(6);
  }

  private Answer put(String json) {
    return admin.putJson(settings(), json);
  }

  private String settings() {
    return "/api/admin/orgs/" + orgId + "/settings";
  }

  private static void assertBadRequest(Answer answer, String detail) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.json().at("/detail").asString()).as(answer.body()).contains(detail);
  }
}
