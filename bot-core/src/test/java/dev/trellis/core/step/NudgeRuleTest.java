package dev.trellis.core.step;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NudgeRuleTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final StepKind REFLECTION = StepKind.of("TEST_REFLECTION_NUDGE");
  static final StepKind FEEDBACK = StepKind.of("TEST_FEEDBACK_NUDGE");

  final Person rita = person("Rita");
  final Person sam = person("Sam");
  final InMemoryPeople people = new InMemoryPeople().given(rita, sam);
  MongoDueSteps steps;
  MongoHolidays holidays;
  NudgeRule rule;

  @BeforeEach
  void setUp() {
    steps = new MongoDueSteps(mongo.db());
    holidays = new MongoHolidays(mongo.db());
    rule = ruleOnTheSameDatabase();
  }

  @Test
  void theFirstNudgeOfTheDayGoesAndASecondWaitsForTheNextWorkingDayAtItsOwnTime() {
    PlannedStep prompt = step(REFLECTION, rita, "reflection:1", "2026-12-04T14:00"); // a Friday
    PlannedStep suggestion = step(FEEDBACK, rita, "feedback:1", "2026-12-04T15:30");

    NudgeRule.Admission first = rule.admit(List.of(prompt), at("2026-12-04T14:00"));
    NudgeRule.Admission second = rule.admit(List.of(suggestion), at("2026-12-04T15:30"));

    assertThat(first.now()).containsExactly(prompt);
    assertThat(second.now()).isEmpty();
    assertThat(second.notNow().get(suggestion)).startsWith("put off to 2026-12-07T15:30+01:00");
    assertThat(upcoming(rita))
        .singleElement()
        .satisfies(
            later -> {
              assertThat(later.kind()).isEqualTo(FEEDBACK);
              assertThat(later.local()).isEqualTo(local("2026-12-07T15:30"));
              assertThat(later.key().value()).isEqualTo("later:feedback:1@2026-12-07");
              assertThat(NudgeRule.originalKey(later.key())).isEqualTo("feedback:1");
            });
  }

  @Test
  void aNudgeRetriedAfterACrashKeepsItsDayAndAPutOffNudgeCountsAsTheSameNudge() {
    PlannedStep prompt = step(REFLECTION, rita, "reflection:1", "2026-12-04T14:00");
    rule.admit(List.of(prompt), at("2026-12-04T14:00"));

    assertThat(rule.admit(List.of(prompt), at("2026-12-04T14:05")).now()).containsExactly(prompt);
    PlannedStep putOff =
        step(REFLECTION, rita, "later:reflection:1@2026-12-04", "2026-12-04T14:00");
    assertThat(rule.admit(List.of(putOff), at("2026-12-04T14:10")).now()).containsExactly(putOff);
  }

  @Test
  void twoNudgesForOnePersonInOneBatchGiveOneAndPeopleDoNotShareADay() {
    PlannedStep ritaFirst = step(REFLECTION, rita, "reflection:1", "2026-12-03T10:00");
    PlannedStep ritaSecond = step(FEEDBACK, rita, "feedback:1", "2026-12-03T10:00");
    PlannedStep samsOwn = step(FEEDBACK, sam, "feedback:2", "2026-12-03T10:00");

    NudgeRule.Admission admission =
        rule.admit(List.of(ritaFirst, ritaSecond, samsOwn), at("2026-12-03T10:00"));

    assertThat(admission.now()).containsExactly(ritaFirst, samsOwn);
    assertThat(admission.notNow()).containsOnlyKeys(ritaSecond);
  }

  @Test
  void outsideSendableTimeANudgeWaitsPastQuietHoursWeekendsHolidaysAndDaysAlreadyNudged() {
    holidays.replace(ACME, Set.of(LocalDate.parse("2026-12-07")));
    rule.admit(
        List.of(step(REFLECTION, rita, "reflection:tuesday", "2026-12-08T14:00")),
        at("2026-12-08T14:00"));
    PlannedStep lateAtNight = step(FEEDBACK, rita, "feedback:1", "2026-12-04T23:00");

    NudgeRule.Admission admission = rule.admit(List.of(lateAtNight), at("2026-12-04T23:00"));

    assertThat(admission.now()).isEmpty();
    assertThat(admission.notNow().get(lateAtNight))
        .as("Saturday and Sunday are days off, Monday a holiday, Tuesday had a nudge")
        .startsWith("put off to 2026-12-09T");
    assertThat(upcoming(rita))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.local().toLocalDate()).isEqualTo(LocalDate.parse("2026-12-09"));
              assertThat(s.local().toLocalTime()).isAfterOrEqualTo(rita.quietHours().end());
            });
  }

  @Test
  void aNudgeForSomeoneWhoLeftTheDirectoryIsDropped() {
    PlannedStep gone =
        new PlannedStep(
            REFLECTION,
            ACME,
            new PersonId("gone"),
            at("2026-12-03T10:00"),
            local("2026-12-03T10:00"),
            new OccurrenceKey("reflection:gone"),
            Optional.empty());

    NudgeRule.Admission admission = rule.admit(List.of(gone), at("2026-12-03T10:00"));

    assertThat(admission.now()).isEmpty();
    assertThat(admission.notNow().get(gone)).isEqualTo("dropped: no longer in the directory");
  }

  @Test
  void instancesRacingForOnePersonsDayGiveItToExactlyOneNudge() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<NudgeRule.Admission>> racing = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        PlannedStep nudge = step(FEEDBACK, sam, "feedback:" + i, "2026-12-03T10:00");
        NudgeRule instance = ruleOnTheSameDatabase();
        racing.add(pool.submit(() -> instance.admit(List.of(nudge), at("2026-12-03T10:00"))));
      }
      int admitted = 0;
      for (Future<NudgeRule.Admission> result : racing) {
        admitted += result.get().now().size();
      }
      assertThat(admitted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private NudgeRule ruleOnTheSameDatabase() {
    return new NudgeRule(
        new MongoNudgeDays(mongo.db()),
        people,
        new MongoHolidays(mongo.db()),
        new MongoPeopleSettings(mongo.db()),
        new MongoDueSteps(mongo.db()));
  }

  private List<PlannedStep> upcoming(Person person) {
    return steps.upcoming(ACME, person.id(), 10);
  }

  private static PlannedStep step(StepKind kind, Person to, String key, String localTime) {
    ZonedDateTime local = local(localTime);
    return new PlannedStep(
        kind, ACME, to.id(), local.toInstant(), local, new OccurrenceKey(key), Optional.empty());
  }

  private static ZonedDateTime local(String localTime) {
    return java.time.LocalDateTime.parse(localTime).atZone(BERLIN);
  }

  private static Instant at(String localTime) {
    return local(localTime).toInstant();
  }

  private static Person person(String name) {
    return aPerson()
        .withName(name)
        .withEmail(name.toLowerCase() + "@acme.example")
        .withTimeZone("Europe/Berlin")
        .build();
  }
}
