package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.app.TestClockWiring;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.reflection.ReflectionSteps;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.testkit.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A person's schedule and the org's holidays, on a clock set to Wednesday 21 October 2026, 12:00
 * UTC: New York leaves daylight saving time on Sunday 1 November.
 */
@Import(TestClockWiring.class)
@TestPropertySource(properties = "trellis.scheduling.enabled=false")
class ScheduleAdminApiTest extends AdminApiTestBase {

  private static final Instant NOW = Instant.parse("2026-10-21T12:00:00Z");
  private static final String PEOPLE =
      "email,name,manager_email,time_zone,slack_user_id\n"
          + "mia@example.com,Mia Manager,,America/New_York,U0MIA0001\n"
          + "ada@example.com,Ada Lovelace,mia@example.com,America/New_York,U0ADA0001\n"
          + "kai@example.com,Kai Sato,mia@example.com,Asia/Tokyo,U0KAI0001\n";

  @Autowired TestClock clock;
  @Autowired DueSteps dueSteps;
  @Autowired PlanningSteps planning;

  @BeforeEach
  void givenAnOrgWithPeopleOnAWednesday() {
    clock.set(NOW);
    admin.createOrg(orgId);
    assertThat(admin.postCsv(people(), PEOPLE).status()).isEqualTo(200);
  }

  @Test
  void aNewYorkerIsPromptedFridaysAt15InTheirZoneAcrossTheClockChange() {
    JsonNode schedule = schedule("ada@example.com", "?days=21");

    assertThat(schedule.at("/email").asString()).isEqualTo("ada@example.com");
    assertThat(schedule.at("/timeZone").asString()).isEqualTo("America/New_York");
    assertThat(schedule.at("/from").asString()).isEqualTo("2026-10-21T12:00:00Z");
    assertThat(schedule.at("/to").asString()).isEqualTo("2026-11-11T12:00:00Z");
    assertThat(steps(schedule))
        .extracting(s -> s.kind, s -> s.local, s -> s.utc, s -> s.stored)
        .containsExactly(
            tuple("REFLECTION_PROMPT", "2026-10-23T15:00:00-04:00", "2026-10-23T19:00:00Z", false),
            tuple("REFLECTION_PROMPT", "2026-10-30T15:00:00-04:00", "2026-10-30T19:00:00Z", false),
            tuple("REFLECTION_PROMPT", "2026-11-06T15:00:00-05:00", "2026-11-06T20:00:00Z", false));
    assertThat(steps(schedule))
        .extracting(s -> s.key.replaceAll("^reflection:[^:]+:", ""))
        .containsExactly("2026-W43", "2026-W44", "2026-W45");
  }

  @Test
  void eachPersonIsScheduledInTheirOwnZoneForTwoWeeksByDefault() {
    JsonNode schedule = schedule("kai@example.com", "");

    assertThat(schedule.at("/to").asString()).isEqualTo("2026-11-04T12:00:00Z");
    assertThat(steps(schedule))
        .extracting(s -> s.local, s -> s.utc)
        .containsExactly(
            tuple("2026-10-23T15:00:00+09:00", "2026-10-23T06:00:00Z"),
            tuple("2026-10-30T15:00:00+09:00", "2026-10-30T06:00:00Z"));
  }

  @Test
  void aHolidayMovesThePromptToTheDayBeforeAndSkipsTheOneOnOneSteps() {
    givenAWeeklyOneOnOne("mia@example.com", "ada@example.com", "FRI", "10:00");

    Answer put = admin.putJson(holidays(), "{\"days\":[\"2026-12-25\",\"2026-10-30\"]}");
    JsonNode schedule = schedule("ada@example.com", "");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().at("/days").toString()).isEqualTo("[\"2026-10-30\",\"2026-12-25\"]");
    assertThat(admin.get(holidays()).json().at("/days").toString())
        .isEqualTo("[\"2026-10-30\",\"2026-12-25\"]");
    assertThat(steps(schedule))
        .filteredOn(s -> s.kind.equals("REFLECTION_PROMPT"))
        .extracting(s -> s.local, s -> s.key.endsWith("2026-W44"))
        .containsExactly(
            tuple("2026-10-23T15:00:00-04:00", false), tuple("2026-10-29T15:00:00-04:00", true));
    assertThat(steps(schedule))
        .filteredOn(s -> s.kind.equals("LAST_15_MINUTES"))
        .extracting(s -> s.local)
        .containsExactly("2026-10-23T10:15:00-04:00");
    assertThat(steps(schedule)).noneMatch(s -> s.local.startsWith("2026-10-30"));
    assertThat(schedule.at("/skipped").toString())
        .contains("\"kind\":\"LAST_15_MINUTES\",\"local\":\"2026-10-30T10:15:00-04:00\"")
        .contains("\"reason\":\"HOLIDAY\"");
  }

  @Test
  void aHolidayDeclaredAfterPlanningMovesTheStoredStepsAndKeepsASnooze() {
    givenAWeeklyOneOnOne("mia@example.com", "ada@example.com", "FRI", "10:00");
    clock.set(Instant.parse("2026-10-22T12:00:00Z")); // Thursday: Friday is within the horizon
    planning.plan(new OrgId(orgId));
    String reflectionKey =
        steps(schedule("ada@example.com", "")).stream()
            .filter(s -> s.kind.equals("REFLECTION_PROMPT"))
            .findFirst()
            .orElseThrow()
            .key;
    PersonId ada = new PersonId(reflectionKey.split(":")[1]); // reflection:<personId>:2026-W43
    givenStoredStep(ada, "snooze:prompt-1", Instant.parse("2026-10-22T13:30:00Z"));
    assertThat(steps(schedule("ada@example.com", "")))
        .filteredOn(s -> s.stored)
        .extracting(s -> s.local)
        .contains("2026-10-23T10:15:00-04:00", "2026-10-23T15:00:00-04:00");

    Answer put = admin.putJson(holidays(), "{\"days\":[\"2026-10-23\"]}");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(steps(schedule("ada@example.com", "")))
        .filteredOn(s -> s.stored)
        .extracting(s -> s.kind, s -> s.local)
        .containsExactly(
            tuple("REFLECTION_PROMPT", "2026-10-22T09:30:00-04:00"),
            tuple("REFLECTION_PROMPT", "2026-10-22T15:00:00-04:00"));
  }

  @Test
  void aPersonWhoMovesZoneIsPromptedAtTheNewLocalTimeAfterTheImport() {
    clock.set(Instant.parse("2026-10-22T12:00:00Z"));
    planning.plan(new OrgId(orgId));
    String movedToBerlin =
        PEOPLE.replace(
            "ada@example.com,Ada Lovelace,mia@example.com,America/New_York",
            "ada@example.com,Ada Lovelace,mia@example.com,Europe/Berlin");
    assertThat(movedToBerlin).isNotEqualTo(PEOPLE);

    assertThat(admin.postCsv(people(), movedToBerlin).status()).isEqualTo(200);

    assertThat(steps(schedule("ada@example.com", "")))
        .filteredOn(s -> s.stored)
        .extracting(s -> s.local, s -> s.utc)
        .containsExactly(tuple("2026-10-23T15:00:00+02:00", "2026-10-23T13:00:00Z"));
  }

  @Test
  void storedStepsSuchAsASnoozeAreMergedByKeyAndWin() {
    List<Step> planned = steps(schedule("ada@example.com", ""));
    String thisWeek = planned.get(0).key;
    String nextWeek = planned.get(1).key;
    PersonId ada = new PersonId(thisWeek.split(":")[1]); // reflection:<personId>:2026-W43
    givenStoredStep(ada, thisWeek, Instant.parse("2026-10-23T14:00:00Z"));
    givenStoredStep(ada, "snooze:prompt-1", Instant.parse("2026-10-22T13:30:00Z"));

    List<Step> steps = steps(schedule("ada@example.com", ""));

    assertThat(steps)
        .extracting(s -> s.key, s -> s.local, s -> s.stored)
        .containsExactly(
            tuple("snooze:prompt-1", "2026-10-22T09:30:00-04:00", true),
            tuple(thisWeek, "2026-10-23T10:00:00-04:00", true),
            tuple(nextWeek, "2026-10-30T15:00:00-04:00", false));
  }

  @Test
  void givenBadInput_thenEachIs400WithTheValue() {
    assertBadRequest(
        admin.get(schedulePath("ada@example.com") + "?days=0"), "days must be 1 to 60");
    assertBadRequest(admin.get(schedulePath("ada@example.com") + "?days=61"), "not 61");
    assertBadRequest(admin.get(schedulePath("ada@example.com") + "?days=soon"), "");
    assertBadRequest(
        admin.putJson(holidays(), "{\"days\":[\"2026-12-25\",\"2026-13-01\"]}"),
        "'2026-13-01' is not a date: write each day as YYYY-MM-DD");
    assertBadRequest(admin.putJson(holidays(), "{\"days\":[\"25/12/2026\"]}"), "'25/12/2026'");
    assertBadRequest(admin.putJson(holidays(), "{}"), "{\"days\":[");
    assertBadRequest(admin.putJson(holidays(), "{not json"), "");
    assertThat(admin.get(holidays()).json().at("/days").size()).isZero();
  }

  @Test
  void anEmptyListClearsTheHolidays() {
    admin.putJson(holidays(), "{\"days\":[\"2026-10-30\"]}");

    assertThat(admin.putJson(holidays(), "{\"days\":[]}").status()).isEqualTo(200);

    assertThat(admin.get(holidays()).json().at("/days").size()).isZero();
    assertThat(steps(schedule("ada@example.com", "")).get(1).local)
        .isEqualTo("2026-10-30T15:00:00-04:00");
  }

  @Test
  void givenAnUnknownOrgOrPerson_thenIs404() {
    String unknownOrg = "/api/admin/orgs/" + orgId + "-x";

    assertThat(admin.get(schedulePath("grace@example.com")).status()).isEqualTo(404);
    assertThat(admin.get(unknownOrg + "/people/ada@example.com/schedule").status()).isEqualTo(404);
    assertThat(admin.get(unknownOrg + "/holidays").status()).isEqualTo(404);
    assertThat(admin.putJson(unknownOrg + "/holidays", "{\"days\":[]}").status()).isEqualTo(404);
  }

  @Test
  void givenNoToken_thenIs401AndTheHolidaysStay() {
    admin.putJson(holidays(), "{\"days\":[\"2026-10-30\"]}");

    assertThat(admin.withToken(null).get(schedulePath("ada@example.com")).status()).isEqualTo(401);
    assertThat(admin.withToken(null).get(holidays()).status()).isEqualTo(401);
    assertThat(admin.withToken(null).putJson(holidays(), "{\"days\":[]}").status()).isEqualTo(401);
    assertThat(admin.get(holidays()).json().at("/days").toString()).isEqualTo("[\"2026-10-30\"]");
  }

  /** One step of the answer. */
  record Step(String kind, String local, String utc, String key, boolean stored) {}

  private static List<Step> steps(JsonNode schedule) {
    List<Step> steps = new ArrayList<>();
    schedule
        .at("/steps")
        .forEach(
            s ->
                steps.add(
                    new Step(
                        s.at("/kind").asString(),
                        s.at("/local").asString(),
                        s.at("/utc").asString(),
                        s.at("/key").asString(),
                        s.at("/stored").asBoolean())));
    return steps;
  }

  private JsonNode schedule(String email, String query) {
    Answer answer = admin.get(schedulePath(email) + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private void givenAWeeklyOneOnOne(String manager, String report, String weekday, String start) {
    String csv =
        "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
            + String.join(
                ",", manager, report, "WEEKLY", weekday, start, "30", "America/New_York\n");
    Answer answer = admin.postCsv(oneOnOnes(), csv);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private void givenStoredStep(PersonId person, String key, Instant at) {
    dueSteps.plan(
        List.of(
            new PlannedStep(
                ReflectionSteps.REFLECTION_PROMPT,
                new OrgId(orgId),
                person,
                at,
                at.atZone(ZoneId.of("America/New_York")),
                new OccurrenceKey(key),
                Optional.empty())));
  }

  private String schedulePath(String email) {
    return "/api/admin/orgs/" + orgId + "/people/" + email + "/schedule";
  }

  private String holidays() {
    return "/api/admin/orgs/" + orgId + "/holidays";
  }

  private static void assertBadRequest(Answer answer, String detail) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.json().at("/detail").asString()).contains(detail);
  }
}
