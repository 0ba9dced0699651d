package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import dev.trellis.core.analytics.AnalyticsCsv;
import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.devtime.DevTimeEntries;
import dev.trellis.core.devtime.DevTimeEntry;
import dev.trellis.core.directory.Person;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.opportunity.Opportunities;
import dev.trellis.core.opportunity.Opportunity;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityInterest;
import dev.trellis.core.opportunity.OpportunityInterests;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * HR analytics over the acme sample with a seeded first quarter of 2025 ({@link AcmeHistory}): the
 * figures match the ones worked out by hand here, no group under K shows a figure, and the group
 * that would give a suppressed one away is suppressed too.
 */
class AnalyticsAdminApiTest extends AdminApiTestBase {

  private static final String QUARTER = "from=2025-01&to=2025-03";

  @Autowired ApplicationContext service;
  @Autowired Goals goals;
  @Autowired DevTimeEntries devTime;
  @Autowired Opportunities opportunities;
  @Autowired OpportunityInterests interests;

  @BeforeEach
  void givenTheAcmeSampleWithAQuarterOfHistory() {
    new AcmeHistory(service).seed(admin, orgId);
  }

  @Test
  void departmentsShowTheFiguresWorkedOutByHand() {
    Answer answer = admin.get(analytics(QUARTER + "&groupBy=department&interval=month"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).doesNotContain(AcmeHistory.MARKER).doesNotContain("@acme.example");
    assertThat(answer.json().at("/groupBy").asString()).isEqualTo("department");
    assertThat(answer.json().at("/minGroupSize").asInt()).isEqualTo(5);
    // 31 engineers and the stand-in of an erased one, whose answered prompt still counts.
    JsonNode engineering = group(answer, "Engineering");
    assertThat(engineering.at("/people").asInt()).isEqualTo(32);
    JsonNode january = engineering.at("/months/0");
    assertThat(january.at("/month").asString()).isEqualTo("2025-01");
    // Six weekly 1:1s on the four Mondays from 6 January; "We did it" on 6 January (pressed by
    // both, counted once) and on 13 January; the "Skipped" of 20 January is no conversation.
    assertThat(january.at("/oneOnOnes/occurrences").asInt()).isEqualTo(24);
    assertThat(january.at("/oneOnOnes/careerConversations").asInt()).isEqualTo(2);
    assertThat(january.at("/oneOnOnes/careerConversationRate").asDouble())
        .isCloseTo(2.0 / 24, within(0.001));
    // Reports 1, 2 and (16 December) 5 had one in the 90 days to 31 January.
    assertThat(january.at("/oneOnOnes/peopleWithCareerConversationIn90Days").asInt()).isEqualTo(3);
    assertThat(january.at("/oneOnOnes/shareWithCareerConversationIn90Days").asDouble())
        .isCloseTo(3.0 / 32, within(0.001));
    JsonNode february = engineering.at("/months/1");
    assertThat(february.at("/oneOnOnes/occurrences").asInt()).isEqualTo(24);
    assertThat(february.at("/oneOnOnes/careerConversations").asInt()).isEqualTo(1);
    assertThat(february.at("/oneOnOnes/peopleWithCareerConversationIn90Days").asInt()).isEqualTo(4);
    assertThat(february.at("/reflections/sent").asInt()).isEqualTo(1);
    assertThat(february.at("/reflections/responseRate").asDouble()).isEqualTo(1.0);
    JsonNode march = engineering.at("/months/2");
    assertThat(march.at("/oneOnOnes/occurrences").asInt()).isEqualTo(30);
    assertThat(march.at("/oneOnOnes/careerConversationRate").asDouble()).isEqualTo(0.0);
    // 16 December is more than 90 days before 31 March.
    assertThat(march.at("/oneOnOnes/peopleWithCareerConversationIn90Days").asInt()).isEqualTo(3);

    JsonNode marketing = group(answer, "Marketing").at("/months/1/reflections");
    assertThat(marketing.at("/sent").asInt()).isEqualTo(9);
    assertThat(marketing.at("/answered").asInt()).isEqualTo(7);
    assertThat(marketing.at("/responseRate").asDouble()).isCloseTo(7.0 / 9, within(0.001));
    assertThat(marketing.at("/sharedWithManager").asInt()).isEqualTo(3);
    assertThat(group(answer, "Marketing").at("/months/0/reflections/responseRate").isNull())
        .isTrue();

    JsonNode buddy = group(answer, "Customer Success").at("/months/2/buddy");
    assertThat(buddy.at("/groups").asInt()).isEqualTo(6);
    assertThat(buddy.at("/met").asInt()).isEqualTo(2);
    assertThat(buddy.at("/meetupRate").asDouble()).isCloseTo(2.0 / 6, within(0.001));
    assertThat(buddy.at("/reported").asInt()).isEqualTo(3);
    assertThat(buddy.at("/reportRate").asDouble()).isEqualTo(0.5);

    JsonNode feedback = group(answer, "People").at("/months/0/feedback");
    assertThat(feedback.at("/asked").asInt()).isEqualTo(4);
    assertThat(feedback.at("/answered").asInt()).isEqualTo(1);
    assertThat(feedback.at("/declined").asInt()).isEqualTo(1);
    assertThat(feedback.at("/expired").asInt()).isEqualTo(2);
  }

  @Test
  void goalsDevelopmentTimeAndOpportunitiesCountInTheirPeoplesGroups() {
    OrgId org = new OrgId(orgId);
    AcmeHistory history = new AcmeHistory(service);
    List<Person> design = history.of(org, "Design");
    Person marketer = history.of(org, "Marketing").get(0);
    Instant february = Instant.parse("2025-02-03T09:00:00Z");
    goals.add(org, design.get(0).id(), AcmeHistory.MARKER, GoalDirection.GROW, february);
    goals.add(org, design.get(1).id(), AcmeHistory.MARKER, GoalDirection.LATERAL, february);
    Goal done =
        goals.add(org, design.get(2).id(), AcmeHistory.MARKER, GoalDirection.LATERAL, february);
    goals.save(done.withStatus(Goal.Status.DONE, Instant.parse("2025-03-04T09:00:00Z")));
    admin.putJson("/api/admin/orgs/" + orgId + "/settings", "{\"devTime\":{\"monthlyHours\":4}}");
    for (int i = 0; i < 2; i++) {
      devTime.add(
          new DevTimeEntry(
              UUID.randomUUID().toString(),
              org,
              design.get(i).id(),
              LocalDate.parse("2025-02-12"),
              i == 0 ? 90 : 30,
              AcmeHistory.MARKER,
              Optional.empty(),
              february));
    }
    Opportunity posted =
        opportunities.post(
            org,
            new OpportunityDraft(
                design.get(0).id(),
                AcmeHistory.MARKER,
                OpportunityKind.MENTORING,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                LocalDate.parse("2025-03-31")),
            Instant.parse("2025-02-10T09:00:00Z"));
    interests.add(
        OpportunityInterest.shown(
            org,
            posted.id(),
            marketer.id(),
            OptionalInt.empty(),
            Instant.parse("2025-02-11T09:00:00Z")));
    opportunities.save(posted.filled(marketer.id(), true, Instant.parse("2025-03-12T09:00:00Z")));

    Answer answer = admin.get(analytics(QUARTER + "&groupBy=department"));

    assertThat(answer.body()).doesNotContain(AcmeHistory.MARKER);
    JsonNode designFebruary = group(answer, "Design").at("/months/1");
    assertThat(designFebruary.at("/goals/added").asInt()).isEqualTo(3);
    assertThat(designFebruary.at("/goals/byDirection/lateral/added").asInt()).isEqualTo(2);
    assertThat(designFebruary.at("/goals/byDirection/grow/added").asInt()).isEqualTo(1);
    assertThat(designFebruary.at("/devTime/minutes").asInt()).isEqualTo(120);
    // 36 designers with 4 hours each.
    assertThat(designFebruary.at("/devTime/budgetMinutes").asInt()).isEqualTo(36 * 240);
    assertThat(designFebruary.at("/devTime/shareOfBudget").asDouble())
        .isCloseTo(120.0 / (36 * 240), within(0.001));
    assertThat(designFebruary.at("/opportunities/posted").asInt()).isEqualTo(1);
    JsonNode designMarch = group(answer, "Design").at("/months/2");
    assertThat(designMarch.at("/goals/done").asInt()).isEqualTo(1);
    assertThat(designMarch.at("/goals/byDirection/lateral/done").asInt()).isEqualTo(1);
    assertThat(designMarch.at("/opportunities/filled").asInt()).isEqualTo(1);
    assertThat(designMarch.at("/opportunities/filledFromAnotherTeam").asInt()).isEqualTo(1);
    assertThat(group(answer, "Marketing").at("/months/1/opportunities/interestShown").asInt())
        .isEqualTo(1);
  }

  @Test
  void theLoneExecutiveIsSuppressedInOtherAndFinanceTheNextSmallestWithIt() {
    JsonNode groups = admin.get(analytics(QUARTER + "&groupBy=department")).json().at("/groups");

    List<String> shown = new ArrayList<>();
    List<String> suppressed = new ArrayList<>();
    for (JsonNode group : groups) {
      if (group.at("/suppressed").asBoolean()) {
        suppressed.add(group.at("/group").asString());
        assertThat(group.has("months")).isFalse();
      } else {
        shown.add(group.at("/group").asString());
        assertThat(group.at("/people").asInt()).isGreaterThanOrEqualTo(5);
      }
    }
    assertThat(suppressed).containsExactly("Finance", "Other (groups under 5 people)");
    assertThat(shown)
        .containsExactly(
            "Customer Success", "Design", "Engineering", "Marketing", "People", "Product", "Sales");
    assertThat(groups.toString()).doesNotContain("Executive");
  }

  @Test
  void theOrgsMinGroupSizeDecidesWhichGroupsAreMerged() {
    Answer set =
        admin.putJson(
            "/api/admin/orgs/" + orgId + "/settings", "{\"analytics\":{\"minGroupSize\":20}}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);

    Answer answer = admin.get(analytics(QUARTER + "&groupBy=department"));

    assertThat(answer.json().at("/minGroupSize").asInt()).isEqualTo(20);
    JsonNode other = group(answer, "Other (groups under 20 people)");
    // Product 19, Sales 15, Finance 13 and the Executive.
    assertThat(other.at("/people").asInt()).isEqualTo(48);
    assertThat(other.at("/suppressed").asBoolean()).isFalse();
    assertThat(answer.json().at("/groups").size()).isEqualTo(6);
  }

  @Test
  void theWholeOrgSumsEveryDepartmentIncludingTheSuppressedOnes() {
    JsonNode org = group(admin.get(analytics(QUARTER)), "Whole organisation");

    assertThat(org.at("/people").asInt()).isEqualTo(184);
    assertThat(org.at("/months/0/oneOnOnes/careerConversations").asInt()).isEqualTo(2);
    assertThat(org.at("/months/1/reflections/sent").asInt()).isEqualTo(10);
    assertThat(org.at("/months/1/reflections/responseRate").asDouble()).isEqualTo(0.8);
    assertThat(org.at("/months/0/feedback/expired").asInt()).isEqualTo(2);
  }

  @Test
  void managerGroupsAreNamedByTheManagerAndNeverShowFewerThanKReports() {
    Answer answer = admin.get(analytics(QUARTER + "&groupBy=manager"));

    assertThat(answer.status()).isEqualTo(200);
    int suppressed = 0;
    for (JsonNode group : answer.json().at("/groups")) {
      String name = group.at("/group").asString();
      assertThat(name).matches("Reports of .+|No manager|Other \\(groups under 5 people\\)");
      if (group.at("/suppressed").asBoolean()) {
        suppressed++;
        assertThat(group.has("months")).isFalse();
      } else {
        assertThat(group.at("/people").asInt()).isGreaterThanOrEqualTo(5);
      }
    }
    assertThat(suppressed).isNotEqualTo(1);
    assertThat(answer.body()).doesNotContain(AcmeHistory.MARKER).doesNotContain("@acme.example");
  }

  @Test
  void csvHasOneRowPerGroupAndMonthAndNoFigureForASuppressedGroup() {
    Answer answer = admin.get(analytics(QUARTER + "&groupBy=department"), "text/csv");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> lines = answer.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo(AnalyticsCsv.HEADER);
    assertThat(lines).hasSize(1 + 9 * 3);
    String header = lines.get(0);
    List<String> columns = List.of(header.split(","));
    String[] engineeringJanuary =
        lines.stream()
            .filter(l -> l.startsWith("\"Engineering\",32,false,2025-01,"))
            .findFirst()
            .orElseThrow()
            .split(",", -1);
    assertThat(engineeringJanuary[columns.indexOf("oneOnOnes.occurrences")]).isEqualTo("24");
    assertThat(engineeringJanuary[columns.indexOf("oneOnOnes.careerConversationRate")])
        .isEqualTo("0.083");
    String financeMarch =
        lines.stream().filter(l -> l.startsWith("\"Finance\",")).reduce((a, b) -> b).orElseThrow();
    assertThat(financeMarch)
        .isEqualTo("\"Finance\",13,true,2025-03" + ",".repeat(columns.size() - 4));
  }

  @Test
  void badParametersAreRejectedWithTheReasonAndAnExample() {
    assertBad(QUARTER + "&groupBy=team", "'groupBy' is org, department or manager");
    assertBad(QUARTER + "&interval=week", "'interval' is month");
    assertBad("to=2025-03", "'from' is needed");
    assertBad("from=2025-13&to=2025-03", "'from' is a month written YYYY-MM");
    assertBad("from=2025-04&to=2025-03", "is after 'to'");
    assertBad("from=2023-01&to=2025-01", "at most 24 months");
    assertThat(admin.get(analytics("from=2023-02&to=2025-01")).status()).isEqualTo(200);
    assertThat(admin.get(analytics("from=nope"), "text/csv").status()).isEqualTo(400);
  }

  @Test
  void anotherOrgsTokenSeesNothingAndEachReadIsAudited() {
    String other = orgId + "-b";
    admin.createOrg(other);
    AdminClient otherAdmin = admin.withToken(orgToken(other));
    assertThat(otherAdmin.get(analytics(QUARTER)).status()).isEqualTo(404);
    assertThat(admin.withToken(null).get(analytics(QUARTER)).status()).isEqualTo(401);

    AdminClient hr = admin.withToken(orgToken(orgId));
    assertThat(hr.get(analytics(QUARTER)).status()).isEqualTo(200);

    Answer audit = admin.get("/api/admin/orgs/" + orgId + "/audit");
    assertThat(audit.body()).contains("read analytics");
  }

  private void assertBad(String query, String reason) {
    Answer answer = admin.get(analytics(query));
    assertThat(answer.status()).as(query).isEqualTo(400);
    assertThat(answer.json().at("/detail").asString()).contains(reason).contains("for example");
  }

  private String analytics(String query) {
    return "/api/admin/orgs/" + orgId + "/analytics?" + query;
  }

  private static JsonNode group(Answer answer, String name) {
    for (JsonNode group : answer.json().at("/groups")) {
      if (group.at("/group").asString().equals(name)) {
        return group;
      }
    }
    throw new AssertionError("No group " + name + " in " + answer.body());
  }
}
