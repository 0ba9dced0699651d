package dev.trellis.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.oneonone.OneOnOneOutcome;
import dev.trellis.core.oneonone.OneOnOneOutcomes;
import dev.trellis.core.oneonone.Outcome;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.reflection.Prompt;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Prompts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR analytics over a large org, through the admin API as HR calls it, on the in-memory embedded
 * database: 10,000 people in 20 departments, 500 managers with 19 reports each, each report's
 * weekly 1:1 since January, half of its occurrences from July on pressed "We did it" (about 100,000
 * outcomes), and a weekly reflection prompt to each report from July on, half answered (about
 * 200,000 prompts). Six months by department, then by manager: two untimed calls, then five timed
 * ones, medians printed. Run alone with {@code ./mvnw -B -o -Pbenchmark -pl deploy -am verify
 * -Dtest=AnalyticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trellis.mongodb.embedded=memory",
      "trellis.admin.token=" + AnalyticsBenchmark.TOKEN,
      "trellis.scheduling.enabled=false",
      "trellis.goals.quarterly-prompts=false",
      "trellis.opportunities.weekly-digest=false"
    })
class AnalyticsBenchmark {

  static final String TOKEN = "benchmark-admin-token-0123456789";
  static final OrgId ORG = new OrgId("bench");
  static final int MANAGERS = 500;
  static final int REPORTS_EACH = 19;
  static final int DEPARTMENTS = 20;
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate FIRST_1ON1 = LocalDate.parse("2026-01-05");
  static final LocalDate HISTORY_FROM = LocalDate.parse("2026-07-06");
  static final LocalDate HISTORY_TO = LocalDate.parse("2026-11-30");
  static final int WARM_UP = 2;
  static final int RUNS = 5;

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired OneOnOnes oneOnOnes;
  @Autowired OneOnOneOutcomes outcomes;
  @Autowired Prompts prompts;

  @Test
  void sixMonthsOfTenThousandPeopleByDepartmentAndByManager() {
    AdminClient admin = new AdminClient(port, TOKEN);
    admin.createOrg(ORG.value());
    long loading = System.nanoTime();
    List<Person> reports = seed();
    System.out.printf(
        "%nBENCHMARK HR analytics, embedded MongoDB (in memory): %d people, %d weekly 1:1s,"
            + " history seeded in %.1f s (not measured)%n",
        MANAGERS + reports.size(), reports.size(), (System.nanoTime() - loading) / 1e9);

    for (String groupBy : List.of("department", "manager")) {
      String path =
          "/api/admin/orgs/"
              + ORG.value()
              + "/analytics?from=2026-06&to=2026-11&groupBy="
              + groupBy
              + "&interval=month";
      double[] seconds = new double[RUNS];
      String body = "";
      for (int run = -WARM_UP; run < RUNS; run++) {
        long t0 = System.nanoTime();
        AdminClient.Answer answer = admin.get(path);
        if (run >= 0) {
          seconds[run] = (System.nanoTime() - t0) / 1e9;
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        body = answer.body();
      }
      System.out.printf(
          "  by %s, 6 months: median of %d calls %.2f s; calls %s; answer %d bytes%n",
          groupBy,
          RUNS,
          median(seconds),
          Arrays.toString(Arrays.stream(seconds).map(t -> Math.round(t * 100) / 100.0).toArray()),
          body.length());
      assertThat(body).contains("\"careerConversations\"");
    }
  }

  private List<Person> seed() {
    List<Person> everyone = new ArrayList<>();
    List<Person> reports = new ArrayList<>();
    for (int m = 0; m < MANAGERS; m++) {
      everyone.add(person("m" + m, Optional.empty(), m % DEPARTMENTS));
    }
    for (int m = 0; m < MANAGERS; m++) {
      for (int r = 0; r < REPORTS_EACH; r++) {
        Person report = person("r" + m + "-" + r, Optional.of(new PersonId("m" + m)), m % 20);
        everyone.add(report);
        reports.add(report);
      }
    }
    people.saveAll(ORG, everyone);
    List<OneOnOne> meetings = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Person report = reports.get(i);
      DayOfWeek weekday = DayOfWeek.of(1 + i % 5);
      meetings.add(
          new OneOnOne(
              new OneOnOneId("o" + i),
              ORG,
              report.managerId().orElseThrow(),
              report.id(),
              Cadence.WEEKLY,
              weekday,
              LocalTime.of(10, 0),
              Duration.ofMinutes(30),
              BERLIN,
              FIRST_1ON1.with(java.time.temporal.TemporalAdjusters.nextOrSame(weekday))));
    }
    oneOnOnes.saveAll(ORG, meetings);
    List<Prompt> batch = new ArrayList<>();
    for (OneOnOne meeting : meetings) {
      LocalDate day =
          HISTORY_FROM.with(java.time.temporal.TemporalAdjusters.nextOrSame(meeting.weekday()));
      for (int week = 0; !day.isAfter(HISTORY_TO); week++, day = day.plusWeeks(1)) {
        Instant at = day.atTime(10, 20).atZone(BERLIN).toInstant();
        if (week % 2 == 0) {
          outcomes.recordFirst(
              new OneOnOneOutcome(
                  ORG, meeting.id(), day, meeting.reportId(), Outcome.DID, at.plusSeconds(60)));
        }
        Instant friday =
            day.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .atTime(14, 0)
                .toInstant(ZoneOffset.UTC);
        batch.add(
            new Prompt(
                new PromptId(meeting.reportId().value() + "-w" + week),
                ORG,
                meeting.reportId(),
                PromptKind.REFLECTION,
                Optional.empty(),
                "What did you learn this week?",
                friday,
                friday.plus(Duration.ofDays(3)),
                week % 2 == 0 ? Prompt.State.ANSWERED : Prompt.State.OPEN));
        if (batch.size() == 1_000) {
          prompts.saveAll(List.copyOf(batch));
          batch.clear();
        }
      }
    }
    prompts.saveAll(batch);
    return reports;
  }

  private static Person person(String id, Optional<PersonId> manager, int department) {
    return new Person(
        new PersonId(id),
        ORG,
        new Email(id + "@bench.example"),
        "Person " + id,
        manager,
        Optional.of("Dept " + department),
        BERLIN,
        WorkingDays.MONDAY_TO_FRIDAY,
        QuietHours.DEFAULT,
        Optional.empty(),
        Optional.empty());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
