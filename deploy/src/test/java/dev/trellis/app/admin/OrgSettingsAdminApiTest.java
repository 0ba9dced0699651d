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

  static final String DEFAULTS =
      "{\"feedback\":{\"askNudgeAfterWeeks\":6},"
          + "\"devTime\":{\"monthlyHours\":0,\"protectedSlot\":null},"
          + "\"retention\":{\"months\":0},\"analytics\":{\"minGroupSize\":5}}";
  static final String FRIDAY_AFTERNOONS =
      "{\"devTime\":{\"monthlyHours\":4,"
          + "\"protectedSlot\":{\"weekday\":\"FRI\",\"from\":\"13:00\",\"to\":\"17:00\"}}}";

  @BeforeEach
  void createOrg() {
    admin.createOrg(orgId);
  }

  @Test
  void anOrgThatNeverChangedAnythingHasTheDefaults() {
    Answer got = admin.get(settings());

    assertThat(got.status()).as(got.body()).isEqualTo(200);
    assertThat(got.json().toString()).isEqualTo(DEFAULTS);
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

    assertThat(admin.get(settings()).json().toString()).isEqualTo(DEFAULTS);
  }

  @Test
  void developmentTimeTakesABudgetAndAProtectedSlotAndKeepsTheOtherSection() {
    put("{\"feedback\":{\"askNudgeAfterWeeks\":3}}");

    Answer put = put(FRIDAY_AFTERNOONS);

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(admin.get(settings()).json().toString())
        .isEqualTo(
            "{\"feedback\":{\"askNudgeAfterWeeks\":3},\"devTime\":{\"monthlyHours\":4,"
                + "\"protectedSlot\":{\"weekday\":\"FRI\",\"from\":\"13:00\",\"to\":\"17:00\"}},"
                + "\"retention\":{\"months\":0},\"analytics\":{\"minGroupSize\":5}}");
  }

  @Test
  void retentionAndTheSmallestGroupAnalyticsShowAreSetAndCheckedLikeTheRest() {
    Answer put = put("{\"retention\":{\"months\":18},\"analytics\":{\"minGroupSize\":8}}");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().at("/retention/months").asInt()).isEqualTo(18);
    assertThat(put.json().at("/analytics/minGroupSize").asInt()).isEqualTo(8);
    String before = admin.get(settings()).json().toString();
    assertBadRequest(
        put("{\"retention\":{\"months\":121}}"),
        "'retention.months' is a number of months from 1 to 120, or 0 to keep texts, not 121");
    assertBadRequest(
        put("{\"analytics\":{\"minGroupSize\":2}}"),
        "'analytics.minGroupSize' is a number of people from 3 to 25, not 2");
    assertBadRequest(put("{\"analytics\":{\"minGroupSize\":26}}"), "'analytics.minGroupSize'");
    assertThat(admin.get(settings()).json().toString()).isEqualTo(before);

    assertThat(put("{\"retention\":{\"months\":0}}").json().at("/retention/months").asInt())
        .isZero();
  }

  @Test
  void aSlotChangesFieldByFieldAndNullRemovesItWhileZeroTurnsTheBudgetOff() {
    put(FRIDAY_AFTERNOONS);

    Answer moved = put("{\"devTime\":{\"protectedSlot\":{\"weekday\":\"wed\"}}}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().at("/devTime/protectedSlot").toString())
        .isEqualTo("{\"weekday\":\"WED\",\"from\":\"13:00\",\"to\":\"17:00\"}");

    Answer removed = put("{\"devTime\":{\"protectedSlot\":null}}");
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().at("/devTime").toString())
        .isEqualTo("{\"monthlyHours\":4,\"protectedSlot\":null}");

    Answer off = put("{\"devTime\":{\"monthlyHours\":0}}");
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(admin.get(settings()).json().toString()).isEqualTo(DEFAULTS);
  }

  @Test
  void eachBadDevelopmentTimeFieldIs400NamingItAndChangesNothing() {
    put(FRIDAY_AFTERNOONS);
    String before = admin.get(settings()).json().toString();

    assertBadRequest(
        put("{\"devTime\":{\"monthlyHours\":41}}"),
        "'devTime.monthlyHours' is a number of hours a month from 1 to 40");
    assertBadRequest(put("{\"devTime\":{\"monthlyHours\":-1}}"), "'devTime.monthlyHours'");
    assertBadRequest(put("{\"devTime\":{\"monthlyHours\":null}}"), "'devTime.monthlyHours'");
    assertBadRequest(put("{\"devTime\":{\"monthlyHours\":\"4h\"}}"), "'devTime.monthlyHours'");
    assertBadRequest(
        put("{\"devTime\":{\"protectedSlot\":{\"weekday\":\"FRIDAY\"}}}"),
        "'devTime.protectedSlot.weekday' is one of MON, TUE");
    assertBadRequest(
        put("{\"devTime\":{\"protectedSlot\":{\"from\":\"1pm\"}}}"),
        "'devTime.protectedSlot.from' is a local time written HH:mm");
    assertBadRequest(
        put("{\"devTime\":{\"protectedSlot\":{\"to\":\"24:00\"}}}"),
        "'devTime.protectedSlot.to' is a local time written HH:mm");
    assertBadRequest(
        put("{\"devTime\":{\"protectedSlot\":{\"from\":\"17:00\",\"to\":\"13:00\"}}}"),
        "'devTime.protectedSlot.to' is after 'from' (17:00)");
    assertBadRequest(
        put("{\"devTime\":{\"protectedSlot\":{\"weekday\":\"MON\",\"fromm\":\"9:00\"}}}"),
        "There is no setting 'devTime.protectedSlot.fromm'");
    assertThat(admin.get(settings()).json().toString()).isEqualTo(before);

    put("{\"devTime\":{\"protectedSlot\":null}}");
    assertBadRequest(
        put("{\"devTime\":{\"protectedSlot\":{\"weekday\":\"MON\"}}}"),
        "'devTime.protectedSlot.from' is a local time written HH:mm");
    assertBadRequest(put("{\"devTime\":{\"protectedSlot\":5}}"), "'devTime.protectedSlot'");
    assertBadRequest(put("{\"devTime\":null}"), "'devTime' cannot be null");
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
