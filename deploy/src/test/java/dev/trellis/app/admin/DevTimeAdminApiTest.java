package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import dev.trellis.core.devtime.DevTimeEntries;
import dev.trellis.core.devtime.DevTimeEntry;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What admins see of development time: aggregates per group only, a group with fewer than five
 * people suppressed, never a name or a text.
 */
class DevTimeAdminApiTest extends AdminApiTestBase {

  @Autowired DevTimeEntries entries;
  @Autowired People people;

  @BeforeEach
  void givenTenEngineersAndThreeDesignersOnABudgetOfFourHours() {
    admin.createOrg(orgId);
    StringBuilder csv = new StringBuilder("email,name,department,time_zone\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("eng")
          .append(i)
          .append("@acme.example,Eng ")
          .append(i)
          .append(",Engineering,UTC\n");
    }
    for (int i = 1; i <= 3; i++) {
      csv.append("des").append(i).append("@acme.example,Des ").append(i).append(",Design,UTC\n");
    }
    assertThat(admin.postCsv(people(), csv.toString()).status()).isEqualTo(200);
    admin.putJson(settings(), "{\"devTime\":{\"monthlyHours\":4}}");
  }

  @Test
  void groupsOfFiveOrMoreShowPeopleAndHoursAndSmallerGroupsNothing() {
    List<Person> everyone = people.findAll(new OrgId(orgId));
    int logged = 0;
    for (Person person : everyone) {
      boolean oneOfTheFirstFiveEngineers =
          person.department().orElse("").equals("Engineering") && logged < 5;
      boolean designer =
          person.department().orElse("").equals("Design") && !person.name().equals("Des 3");
      if (oneOfTheFirstFiveEngineers || designer) {
        log(person, 90, "MARKER-TEXT of " + person.name());
        logged += designer ? 0 : 1;
      }
    }

    Answer answer = admin.get(devtime("2026-12"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .doesNotContain("MARKER")
        .doesNotContain("Eng 1")
        .doesNotContain("des1");
    assertThat(answer.json().at("/month").asString()).isEqualTo("2026-12");
    assertThat(answer.json().at("/budgetHours").asInt()).isEqualTo(4);
    JsonNode all = group(answer, "Everyone");
    assertThat(all.at("/suppressed").asBoolean()).isFalse();
    assertThat(all.at("/peopleLogging").asInt()).isEqualTo(7);
    assertThat(all.at("/peopleNotLogging").asInt()).isEqualTo(6);
    assertThat(all.at("/hoursLogged").asDouble()).isEqualTo(10.5);
    JsonNode engineering = group(answer, "Engineering");
    assertThat(engineering.at("/peopleLogging").asInt()).isEqualTo(5);
    assertThat(engineering.at("/hoursLogged").asDouble()).isEqualTo(7.5);
    JsonNode design = group(answer, "Design");
    assertThat(design.at("/suppressed").asBoolean()).isTrue();
    assertThat(design.at("/peopleLogging").isNull()).isTrue();
    assertThat(design.at("/hoursLogged").isNull()).isTrue();
  }

  @Test
  void fewerThanFivePeopleLoggingShowsNoHours() {
    people.findAll(new OrgId(orgId)).stream().limit(2).forEach(p -> log(p, 60, "Reading"));

    JsonNode all = group(admin.get(devtime("2026-12")), "Everyone");

    assertThat(all.at("/hoursLogged").isNull()).isTrue();
    assertThat(all.at("/peopleLogging").isNull()).isTrue();
  }

  @Test
  void aBadMonthIs400AndAnotherOrgsTokenSeesNothing() {
    assertThat(admin.get(devtime("december")).status()).isEqualTo(400);
    assertThat(admin.get(devtime("december")).json().at("/detail").asString())
        .contains("'month' is written YYYY-MM");
    assertThat(admin.get("/api/admin/orgs/" + orgId + "/devtime").status()).isEqualTo(400);
    String other = orgId + "-b";
    admin.createOrg(other);
    AdminClient otherAdmin = admin.withToken(orgToken(other));
    assertThat(otherAdmin.get(devtime("2026-12")).status()).isEqualTo(404);
  }

  private void log(Person person, int minutes, String what) {
    entries.add(
        new DevTimeEntry(
            UUID.randomUUID().toString(),
            person.orgId(),
            person.id(),
            LocalDate.parse("2026-12-03"),
            minutes,
            what,
            Optional.empty(),
            Instant.parse("2026-12-03T10:00:00Z")));
  }

  private static JsonNode group(Answer answer, String name) {
    for (JsonNode group : answer.json().at("/groups")) {
      if (group.at("/group").asString().equals(name)) {
        return group;
      }
    }
    throw new AssertionError("no group " + name + " in " + answer.body());
  }

  private String devtime(String month) {
    return "/api/admin/orgs/" + orgId + "/devtime?month=" + month;
  }

  private String settings() {
    return "/api/admin/orgs/" + orgId + "/settings";
  }
}
