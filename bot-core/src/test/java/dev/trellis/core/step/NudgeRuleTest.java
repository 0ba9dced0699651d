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
              assertThat(later.key().value()).isEqualTo("later:feedback:1@2026-12-07T15:30");
              assertThat(NudgeRule.originalKey(later.key())).isEqualTo("feedback:1");
            });
  }

  @Test
  void aNudgeRetriedAfterACrashKeepsItsDayAndAPutOffNudgeCountsAsTheSameNudge() {
    PlannedStep prompt = step(REFLECTION, rita, "reflection:1", "2026-12-04T14:00");
    rule.admit(List.of(prompt), at("2026-12-04T14:00"));

    assertThat(rule.admit(List.of(prompt), at("2026-12-04T14:05")).now()).containsExactly(prompt);
    PlannedStep putOff =
        step(REFLECTION, rita, "later:reflection:1@2026-12-04T14:00", "2026-12-04T14:00");
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
  void aNudgeThatFellInTheMorningsQuietHoursGoesWhenTheyEndTheSameDay() {
    PlannedStep early = step(FEEDBACK, rita, "feedback:1", "2026-12-03T06:30"); // a Thursday

    NudgeRule.Admission admission = rule.admit(List.of(early), at("2026-12-03T06:30"));

    assertThat(admission.notNow().get(early)).startsWith("put off to 2026-12-03T08:00+01:00");
    assertThat(upcoming(rita))
        .singleElement()
        .satisfies(s -> assertThat(s.key().value()).isEqualTo("later:feedback:1@2026-12-03T08:00"));
  }

  @Test
  void aNudgePutOffTwiceInOneDayGetsANewKeyEachTimeSoItIsNotLostAsADuplicate() {
    rule.admit(
        List.of(step(FEEDBACK, rita, "feedback:1", "2026-12-03T06:30")), at("2026-12-03T06:30"));
    PlannedStep putOff = upcoming(rita).get(0);
    people.given(
        aPerson()
            .withId(rita.id())
            .withName("Rita")
            .withEmail("rita@acme.example")
            .withTimeZone("Europe/Berlin")
            .withQuietHours("18:00", "09:00")
            .build());
    steps.claimDue("test", putOff.dueAt(), putOff.dueAt().plusSeconds(60), 10);

    NudgeRule.Admission again = rule.admit(List.of(putOff), at("2026-12-03T08:00"));

    assertThat(again.notNow().get(putOff)).startsWith("put off to 2026-12-03T09:00+01:00");
    assertThat(upcoming(rita))
        .extracting(s -> s.key().value())
        .contains("later:feedback:1@2026-12-03T09:00");
    assertThat(upcoming(rita))
        .allSatisfy(s -> assertThat(NudgeRule.originalKey(s.key())).isEqualTo("feedback:1"));
  }

  @Test
  void aNudgePutOffOverTheEndOfSummerTimeKeepsItsLocalTime() {
    rule.admit(
        List.of(step(REFLECTION, rita, "reflection:1", "2026-10-23T14:00")),
        at("2026-10-23T14:00"));
    PlannedStep second = step(FEEDBACK, rita, "feedback:1", "2026-10-23T15:30");

    NudgeRule.Admission admission = rule.admit(List.of(second), at("2026-10-23T15:30"));

    assertThat(admission.notNow().get(second))
        .as("Berlin leaves summer time on Sunday 25 October")
        .startsWith("put off to 2026-10-26T15:30+01:00");
    assertThat(upcoming(rita))
        .singleElement()
        .satisfies(s -> assertThat(s.dueAt()).isEqualTo(Instant.parse("2026-10-26T14:30:00Z")));
  }

  @Test
  void afterAMoveTheDayAndTheTimeAreReadInThePersonsNewZone() {
    Person moved = rita.withTimeZone(ZoneId.of("America/New_York"));
    people.given(moved);
    // Planned for 13:00 in Berlin, which is 07:00 in New York: still quiet there.
    PlannedStep planned = step(FEEDBACK, rita, "feedback:1", "2026-12-04T13:00");

    NudgeRule.Admission first = rule.admit(List.of(planned), at("2026-12-04T13:00"));
    PlannedStep later = upcoming(rita).get(0);
    NudgeRule.Admission atEight = rule.admit(List.of(later), later.dueAt());
    // 18:00 in New York is already Saturday in Berlin, but still Friday where Rita is.
    PlannedStep evening = step(REFLECTION, rita, "reflection:1", "2026-12-05T00:00");
    NudgeRule.Admission sameDay = rule.admit(List.of(evening), at("2026-12-05T00:00"));

    assertThat(first.notNow().get(planned))
        .startsWith("put off to 2026-12-04T08:00-05:00[America/New_York]");
    assertThat(atEight.now()).containsExactly(later);
    assertThat(sameDay.now()).isEmpty();
    assertThat(sameDay.notNow().get(evening))
        .as("Saturday and Sunday are days off in New York too")
        .startsWith("put off to 2026-12-07T");
  }

  @Test
  void aPausedPersonGetsNoNudgeAndNothingIsPutOff() {
    new MongoPeopleSettings(mongo.db())
        .save(ACME, rita.id(), PersonSettings.DEFAULT.pausedUntil(LocalDate.parse("2026-12-10")));
    PlannedStep nudge = step(FEEDBACK, rita, "feedback:1", "2026-12-04T14:00");

    NudgeRule.Admission admission = rule.admit(List.of(nudge), at("2026-12-04T14:00"));

    assertThat(admission.now()).isEmpty();
    assertThat(admission.notNow().get(nudge)).isEqualTo("skipped: paused");
    assertThat(upcoming(rita)).isEmpty();
  }

  @Test
  void aSnoozedPromptPutOffStillNamesItsSnooze() {
    rule.admit(
        List.of(step(FEEDBACK, rita, "feedback:1", "2026-12-03T10:00")), at("2026-12-03T10:00"));
    PlannedStep snoozed = step(REFLECTION, rita, "snooze:prompt-1", "2026-12-03T15:00");

    rule.admit(List.of(snoozed), at("2026-12-03T15:00"));

    assertThat(upcoming(rita))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.key().value()).isEqualTo("later:snooze:prompt-1@2026-12-04T15:00");
              assertThat(NudgeRule.originalKey(s.key())).isEqualTo("snooze:prompt-1");
            });
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
