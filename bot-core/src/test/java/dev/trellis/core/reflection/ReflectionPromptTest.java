package dev.trellis.core.reflection;

import static dev.trellis.core.schedule.ScheduleTestData.BERLIN;
import static dev.trellis.core.schedule.ScheduleTestData.KOLKATA;
import static dev.trellis.core.schedule.ScheduleTestData.LORD_HOWE;
import static dev.trellis.core.schedule.ScheduleTestData.ORG;
import static dev.trellis.core.schedule.ScheduleTestData.REPORT;
import static dev.trellis.core.schedule.ScheduleTestData.anAvailability;
import static dev.trellis.core.schedule.ScheduleTestData.at;
import static dev.trellis.core.schedule.ScheduleTestData.local;
import static dev.trellis.core.schedule.ScheduleTestData.window;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.ScheduleTestData;
import dev.trellis.core.schedule.SkipReason;
import dev.trellis.core.schedule.SkippedStep;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.ReflectionCadence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReflectionPromptTest {

  private static final PlanningWindow WEEK_48 =
      window("2026-11-23T00:00", "2026-11-30T00:00", BERLIN);

  @Test
  void shouldPromptOnFridayAfternoonByDefault() {
    StepPlan plan = plan(anAvailability().build(), ReflectionCadence.DEFAULT, WEEK_48);

    assertThat(plan.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.kind()).isEqualTo(ReflectionSteps.REFLECTION_PROMPT);
              assertThat(step.recipient()).isEqualTo(REPORT);
              assertThat(step.local()).isEqualTo(local("2026-11-27T15:00", BERLIN));
              assertThat(step.key().value()).isEqualTo("reflection:report-1:2026-W48");
              assertThat(step.oneOnOneId()).isEmpty();
            });
  }

  @Test
  void aPromptIsKeyedByTheIsoWeekOfItsCadenceDayWithTwoDigits() {
    assertThat(ReflectionSteps.key(REPORT, LocalDate.parse("2027-01-01")).value())
        .isEqualTo("reflection:report-1:2026-W53");
    assertThat(ReflectionSteps.key(REPORT, LocalDate.parse("2027-01-15")).value())
        .isEqualTo("reflection:report-1:2027-W02");
  }

  @Test
  void shouldMoveToThursdayWhenFridayIsAHoliday() {
    Availability fridayOff = anAvailability().holiday("2026-11-27").build();

    assertThat(promptTimes(fridayOff, ReflectionCadence.DEFAULT, WEEK_48))
        .containsExactly(local("2026-11-26T15:00", BERLIN));
  }

  @Test
  void shouldPromptOnThursdayForSomeoneWhoWorksSundayToThursday() {
    Availability sundayToThursday =
        anAvailability().working(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY).build();

    assertThat(promptTimes(sundayToThursday, ReflectionCadence.DEFAULT, WEEK_48))
        .containsExactly(local("2026-11-26T15:00", BERLIN));
  }

  @Test
  void shouldMoveToTheNextWorkingDayWhenNoEarlierDayOfTheWeekWorks() {
    Availability mondayOff = anAvailability().holiday("2026-11-23").build();
    ReflectionCadence mondayMornings = new ReflectionCadence(1, MONDAY, LocalTime.of(10, 0));

    assertThat(promptTimes(mondayOff, mondayMornings, WEEK_48))
        .containsExactly(local("2026-11-24T10:00", BERLIN));
  }

  @Test
  void shouldMoveATimeInQuietHoursToWhenTheyEnd() {
    ReflectionCadence earlyFriday = new ReflectionCadence(1, FRIDAY, LocalTime.of(7, 0));

    assertThat(promptTimes(anAvailability().build(), earlyFriday, WEEK_48))
        .containsExactly(local("2026-11-27T08:00", BERLIN));
  }

  @Test
  void shouldMoveATimeInAfternoonQuietHoursToWhenTheyEnd() {
    Availability afternoonQuiet = anAvailability().quiet("14:00-16:30").build();

    assertThat(promptTimes(afternoonQuiet, ReflectionCadence.DEFAULT, WEEK_48))
        .containsExactly(local("2026-11-27T16:30", BERLIN));
  }

  @Test
  void shouldMoveAFridayEveningInQuietHoursThatWrapMidnightToMondayMorning() {
    ReflectionCadence fridayEvening = new ReflectionCadence(1, FRIDAY, LocalTime.of(20, 0));

    StepPlan plan =
        plan(
            anAvailability().build(),
            fridayEvening,
            window("2026-11-24T00:00", "2026-12-01T00:00", BERLIN));

    assertThat(plan.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.local()).isEqualTo(local("2026-11-30T08:00", BERLIN));
              assertThat(step.key().value()).endsWith("2026-W48");
            });
  }

  @Test
  void shouldSkipPromptsWhilePausedAndResumeOnThePauseEnd() {
    Availability paused = anAvailability().pausedUntil("2026-12-02").build();

    StepPlan plan =
        plan(
            paused,
            ReflectionCadence.DEFAULT,
            window("2026-11-16T00:00", "2026-12-07T00:00", BERLIN));

    assertThat(plan.steps())
        .extracting(PlannedStep::local)
        .containsExactly(local("2026-12-04T15:00", BERLIN));
    assertThat(plan.skipped())
        .extracting(s -> s.key().value(), SkippedStep::reason)
        .containsExactly(
            tuple("reflection:report-1:2026-W47", SkipReason.PAUSED),
            tuple("reflection:report-1:2026-W48", SkipReason.PAUSED));
  }

  @Test
  void shouldSkipAWeekWithNoWorkingDayNearTheCadenceDay() {
    ScheduleTestData.AvailabilityBuilder christmasShutdown = anAvailability();
    for (int day = 21; day <= 31; day++) {
      christmasShutdown.holiday("2026-12-" + day);
    }

    StepPlan plan =
        plan(
            christmasShutdown.build(),
            ReflectionCadence.DEFAULT,
            window("2026-12-21T00:00", "2026-12-28T00:00", BERLIN));

    assertThat(plan.steps()).isEmpty();
    assertThat(plan.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.reason()).isEqualTo(SkipReason.NO_WORKING_DAY);
              assertThat(s.intendedAt()).isEqualTo(at("2026-12-25T15:00", BERLIN));
            });
  }

  @Test
  void shouldPromptEveryOtherWeekOnAFixedParityWhateverTheWindow() {
    ReflectionCadence biweekly = new ReflectionCadence(2, FRIDAY, LocalTime.of(15, 0));
    Availability berliner = anAvailability().build();

    List<ZonedDateTime> fromOneMonday =
        promptTimes(berliner, biweekly, window("2026-11-02T00:00", "2026-12-14T00:00", BERLIN));
    List<ZonedDateTime> fromTheNext =
        promptTimes(berliner, biweekly, window("2026-11-09T00:00", "2026-12-14T00:00", BERLIN));

    assertThat(fromOneMonday).hasSize(3);
    assertThat(Duration.between(fromOneMonday.get(0), fromOneMonday.get(1))).hasDays(14);
    ZonedDateTime nextMonday = local("2026-11-09T00:00", BERLIN);
    assertThat(fromTheNext)
        .isEqualTo(fromOneMonday.stream().filter(t -> t.isAfter(nextMonday)).toList());
  }

  @Test
  void shouldPromptAtTheLocalTimeInKolkataToTheMinute() {
    StepPlan plan =
        plan(
            anAvailability().in(KOLKATA).build(),
            ReflectionCadence.DEFAULT,
            window("2026-11-23T00:00", "2026-11-30T00:00", KOLKATA));

    assertThat(plan.steps())
        .extracting(PlannedStep::dueAt)
        .containsExactly(Instant.parse("2026-11-27T09:30:00Z"));
  }

  @Test
  void shouldKeepTheLocalTimeAcrossLordHowesHalfHourChange() {
    StepPlan plan =
        plan(
            anAvailability().in(LORD_HOWE).build(),
            ReflectionCadence.DEFAULT,
            window("2026-09-28T00:00", "2026-10-12T00:00", LORD_HOWE));

    assertThat(plan.steps())
        .extracting(PlannedStep::dueAt)
        .containsExactly(
            Instant.parse("2026-10-02T04:30:00Z"), Instant.parse("2026-10-09T04:00:00Z"));
  }

  @Test
  void shouldPlanTheSameKeysWhenCalledTwice() {
    PlanningWindow autumn = window("2026-09-01T00:00", "2026-12-01T00:00", BERLIN);

    StepPlan first = plan(anAvailability().build(), ReflectionCadence.DEFAULT, autumn);
    StepPlan second = plan(anAvailability().build(), ReflectionCadence.DEFAULT, autumn);

    assertThat(second).isEqualTo(first);
    assertThat(first.steps()).extracting(PlannedStep::key).doesNotHaveDuplicates();
  }

  @Test
  void shouldRefuseACadenceOfLessThanOneWeek() {
    assertThatThrownBy(() -> new ReflectionCadence(0, FRIDAY, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private StepPlan plan(
      Availability availability, ReflectionCadence cadence, PlanningWindow window) {
    return ReflectionSteps.planFor(ORG, new Attendee(REPORT, availability), cadence, window);
  }

  private List<ZonedDateTime> promptTimes(
      Availability availability, ReflectionCadence cadence, PlanningWindow window) {
    return plan(availability, cadence, window).steps().stream().map(PlannedStep::local).toList();
  }
}
