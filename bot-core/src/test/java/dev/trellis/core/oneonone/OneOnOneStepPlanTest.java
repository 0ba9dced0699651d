package dev.trellis.core.oneonone;

import static dev.trellis.core.schedule.ScheduleTestData.BERLIN;
import static dev.trellis.core.schedule.ScheduleTestData.MANAGER;
import static dev.trellis.core.schedule.ScheduleTestData.NEW_YORK;
import static dev.trellis.core.schedule.ScheduleTestData.REPORT;
import static dev.trellis.core.schedule.ScheduleTestData.TOKYO;
import static dev.trellis.core.schedule.ScheduleTestData.aOneOnOne;
import static dev.trellis.core.schedule.ScheduleTestData.anAvailability;
import static dev.trellis.core.schedule.ScheduleTestData.at;
import static dev.trellis.core.schedule.ScheduleTestData.local;
import static dev.trellis.core.schedule.ScheduleTestData.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.SkipReason;
import dev.trellis.core.schedule.SkippedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneOnOneStepPlanTest {

  private final OneOnOneSteps planner = new OneOnOneSteps();

  /** Weekly, Thursday 14:00 Berlin, 30 minutes; manager in Berlin, report in New York. */
  private final OneOnOne thursdays = aOneOnOne().from("2026-01-08").at("14:00").build();

  private final Availability berlinManager = anAvailability().in(BERLIN).build();
  private final Availability newYorkReport = anAvailability().in(NEW_YORK).build();

  @Nested
  class AgendaNudge {

    @Test
    void shouldNudgeTheManagerTwoHoursBeforeTheStart() {
      StepPlan plan = planThursdays(window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(stepsOf(plan, OneOnOneSteps.AGENDA_NUDGE))
          .singleElement()
          .satisfies(
              step -> {
                assertThat(step.recipient()).isEqualTo(MANAGER);
                assertThat(step.local()).isEqualTo(local("2026-03-05T12:00", BERLIN));
                assertThat(step.oneOnOneId()).contains(thursdays.id());
              });
    }

    @Test
    void shouldMoveAnAgendaInQuietHoursToWhenTheyEnd() {
      OneOnOne atNine = aOneOnOne().from("2026-01-08").at("09:00").build();

      StepPlan plan = plan(atNine, window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.AGENDA_NUDGE, MANAGER))
          .as("07:00 is in quiet hours until 08:00, still 60 minutes before the start")
          .containsExactly(local("2026-03-05T08:00", BERLIN));
    }

    @Test
    void shouldMoveAnAgendaForAnEarlyOneOnOneToTheEveningBefore() {
      OneOnOne atEight = aOneOnOne().from("2026-01-08").at("08:00").build();

      StepPlan plan = plan(atEight, window("2026-03-04T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.AGENDA_NUDGE, MANAGER))
          .as("08:00 leaves no 15 minutes; the last minute before Wednesday's quiet hours does")
          .containsExactly(local("2026-03-04T18:59", BERLIN));
    }

    @Test
    void shouldSkipTheAgendaWhenTheLastWorkingEveningIsMoreThanADayBefore() {
      OneOnOne mondayAtEight = aOneOnOne().from("2026-01-05").at("08:00").build();

      StepPlan plan = plan(mondayAtEight, window("2026-03-06T00:00", "2026-03-10T00:00", BERLIN));

      assertThat(stepsOf(plan, OneOnOneSteps.AGENDA_NUDGE)).isEmpty();
      assertThat(plan.skipped())
          .singleElement()
          .satisfies(
              skipped -> {
                assertThat(skipped.kind()).isEqualTo(OneOnOneSteps.AGENDA_NUDGE);
                assertThat(skipped.reason()).isEqualTo(SkipReason.NO_SENDABLE_TIME);
                assertThat(skipped.intendedAt()).isEqualTo(at("2026-03-09T06:00", BERLIN));
              });
    }

    @Test
    void shouldNotNudgeTheManagerAboutAOneOnOneOnTheirHoliday() {
      Availability managerOnHoliday = anAvailability().holiday("2026-03-05").build();

      StepPlan plan =
          planner.plan(
              thursdays,
              managerOnHoliday,
              newYorkReport,
              window("2026-03-04T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(stepsOf(plan, OneOnOneSteps.AGENDA_NUDGE)).isEmpty();
      assertThat(plan.skipped())
          .filteredOn(s -> s.kind() == OneOnOneSteps.AGENDA_NUDGE)
          .extracting(SkippedStep::reason)
          .containsExactly(SkipReason.HOLIDAY);
    }

    @Test
    void shouldSayTheManagerIsPausedWhenThatIsWhyThereIsNoAgenda() {
      Availability pausedManager = anAvailability().pausedUntil("2026-03-06").build();

      StepPlan plan =
          planner.plan(
              thursdays,
              pausedManager,
              newYorkReport,
              window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(plan.skipped())
          .filteredOn(s -> s.kind() == OneOnOneSteps.AGENDA_NUDGE)
          .extracting(SkippedStep::reason)
          .containsExactly(SkipReason.PAUSED);
    }

    @Test
    void shouldReadQuietHoursInTheManagersZoneNotTheOneOnOnes() {
      Availability newYorkManager = anAvailability().in(NEW_YORK).build();

      StepPlan plan =
          planner.plan(
              thursdays,
              newYorkManager,
              berlinManager,
              window("2026-03-04T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.AGENDA_NUDGE, MANAGER))
          .as("12:00 Berlin is 06:00 in New York; 08:00 there is 14:00 Berlin, too late")
          .containsExactly(local("2026-03-04T18:59", NEW_YORK));
    }

    @Test
    void shouldHonourAConfiguredLead() {
      StepPlan plan =
          new OneOnOneSteps(Duration.ofMinutes(30))
              .plan(
                  thursdays,
                  berlinManager,
                  newYorkReport,
                  window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.AGENDA_NUDGE, MANAGER))
          .containsExactly(local("2026-03-05T13:30", BERLIN));
    }

    @Test
    void shouldRefuseALeadShorterThanFifteenMinutesOrLongerThanADay() {
      assertThatThrownBy(() -> new OneOnOneSteps(Duration.ofMinutes(10)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new OneOnOneSteps(Duration.ofHours(25)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class LastFifteenMinutes {

    @Test
    void shouldPromptBothPeopleFifteenMinutesBeforeTheEndInTheirOwnZones() {
      StepPlan plan = planThursdays(window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, MANAGER))
          .containsExactly(local("2026-03-05T14:15", BERLIN));
      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, REPORT))
          .containsExactly(local("2026-03-05T08:15", NEW_YORK));
    }

    @ParameterizedTest(name = "{0}: 14:15 Berlin is {1} in New York")
    @CsvSource({
      "2026-03-05, 08:15", // both on winter time
      "2026-03-12, 09:15", // the US changed on Sunday 8 March
      "2026-03-26, 09:15", // the EU changes on Sunday 29 March
      "2026-04-02, 08:15", // both on summer time
      "2026-10-22, 08:15",
      "2026-10-29, 09:15", // the EU changed back on Sunday 25 October
      "2026-11-05, 08:15" //  the US changed back on Sunday 1 November
    })
    void shouldKeepBerlinLocalTimeInTheWeeksOfEveryClockChange(
        LocalDate thursday, LocalTime newYorkTime) {
      StepPlan plan =
          planThursdays(window(thursday + "T00:00", thursday.plusDays(1) + "T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, MANAGER))
          .containsExactly(thursday.atTime(14, 15).atZone(BERLIN));
      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, REPORT))
          .containsExactly(thursday.atTime(newYorkTime).atZone(NEW_YORK));
    }

    @Test
    void shouldNeverDropAnOccurrenceAcrossTheSpringChanges() {
      StepPlan plan = planThursdays(window("2026-03-01T00:00", "2026-04-10T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, MANAGER))
          .extracting(d -> d.toLocalDate().toString())
          .containsExactly(
              "2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26", "2026-04-02", "2026-04-09");
    }

    @Test
    void shouldPromptEvenWhenItIsInTheRecipientsQuietHours() {
      Availability tokyoReport = anAvailability().in(TOKYO).build();

      StepPlan plan =
          planner.plan(
              thursdays,
              berlinManager,
              tokyoReport,
              window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, REPORT))
          .containsExactly(local("2026-03-05T22:15", TOKYO));
    }

    @Test
    void shouldNotPromptAPersonOnTheirOrgHoliday() {
      Availability reportOnHoliday = anAvailability().in(NEW_YORK).holiday("2026-03-05").build();

      StepPlan plan =
          planner.plan(
              thursdays,
              berlinManager,
              reportOnHoliday,
              window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, MANAGER)).hasSize(1);
      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, REPORT)).isEmpty();
      assertThat(plan.skipped())
          .filteredOn(s -> s.kind() == OneOnOneSteps.LAST_15_MINUTES)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.recipient()).isEqualTo(REPORT);
                assertThat(s.reason()).isEqualTo(SkipReason.HOLIDAY);
              });
    }

    @Test
    void shouldNotPromptAPausedPerson() {
      Availability pausedManager = anAvailability().pausedUntil("2026-03-06").build();

      StepPlan plan =
          planner.plan(
              thursdays,
              pausedManager,
              newYorkReport,
              window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, MANAGER)).isEmpty();
      assertThat(dueLocal(plan, OneOnOneSteps.LAST_15_MINUTES, REPORT)).hasSize(1);
      assertThat(plan.skipped())
          .filteredOn(s -> s.kind() == OneOnOneSteps.LAST_15_MINUTES)
          .extracting(SkippedStep::reason)
          .containsExactly(SkipReason.PAUSED);
    }
  }

  @Nested
  class AfterOneOnOne {

    @Test
    void shouldInviteTheReportToCaptureATakeawayAtTheEnd() {
      StepPlan plan = planThursdays(window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(stepsOf(plan, OneOnOneSteps.AFTER_ONE_ON_ONE))
          .singleElement()
          .satisfies(
              step -> {
                assertThat(step.recipient()).isEqualTo(REPORT);
                assertThat(step.local()).isEqualTo(local("2026-03-05T08:30", NEW_YORK));
              });
    }

    @Test
    void shouldMoveTheCaptureToTheNextMorningWhenTheEndIsInQuietHours() {
      OneOnOne lateThursday =
          aOneOnOne().from("2026-01-08").at("18:30").lasting(Duration.ofHours(1)).build();

      StepPlan plan =
          plan(lateThursday, berlinManager, window("2026-03-05T00:00", "2026-03-07T00:00", BERLIN));

      assertThat(dueLocal(plan, OneOnOneSteps.AFTER_ONE_ON_ONE, REPORT))
          .containsExactly(local("2026-03-06T08:00", BERLIN));
    }

    @Test
    void shouldSkipTheCaptureWhenNothingIsSendableWithinADay() {
      OneOnOne lateFriday =
          aOneOnOne().from("2026-01-09").at("18:30").lasting(Duration.ofHours(1)).build();

      StepPlan plan =
          plan(lateFriday, berlinManager, window("2026-03-06T00:00", "2026-03-10T00:00", BERLIN));

      assertThat(stepsOf(plan, OneOnOneSteps.AFTER_ONE_ON_ONE)).isEmpty();
      assertThat(plan.skipped())
          .filteredOn(s -> s.kind() == OneOnOneSteps.AFTER_ONE_ON_ONE)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.reason()).isEqualTo(SkipReason.NO_SENDABLE_TIME);
                assertThat(s.intendedAt()).isEqualTo(at("2026-03-06T19:30", BERLIN));
              });
    }
  }

  @Nested
  class Planning {

    @Test
    void shouldNameEachOccurrenceWithADeterministicKey() {
      StepPlan plan = planThursdays(window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(plan.steps())
          .extracting(step -> step.key().value())
          .containsExactly(
              "agenda:one-on-one-1:2026-03-05",
              "last15:one-on-one-1:2026-03-05:manager-1",
              "last15:one-on-one-1:2026-03-05:report-1",
              "after:one-on-one-1:2026-03-05");
    }

    @Test
    void shouldReadTheOccurrenceDateBackFromEachKeyOfTheOneOnOne() {
      StepPlan plan = planThursdays(window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(plan.steps())
          .extracting(step -> OneOnOneKeys.dateOf(step.key(), thursdays.id()))
          .containsOnly(java.util.Optional.of(LocalDate.of(2026, 3, 5)));
      assertThat(OneOnOneKeys.dateOf(plan.steps().get(0).key(), new OneOnOneId("one-on-one")))
          .as("another 1:1 whose id is a prefix of this one's")
          .isEmpty();
      assertThat(
              OneOnOneKeys.dateOf(
                  new OccurrenceKey("reflection:report-1:2026-W10"), thursdays.id()))
          .isEmpty();
      assertThat(
              OneOnOneKeys.dateOf(
                  new OccurrenceKey("agenda:one-on-one-1:2026-13-45"), thursdays.id()))
          .isEmpty();
    }

    @Test
    void shouldSortStepsByDueInstant() {
      StepPlan plan = planThursdays(window("2026-03-01T00:00", "2026-04-01T00:00", BERLIN));

      assertThat(plan.steps()).extracting(PlannedStep::dueAt).isSorted();
      assertThat(plan.steps()).hasSize(4 * 4);
    }

    @Test
    void shouldPlanTheSameStepsWithTheSameKeysWhenCalledTwice() {
      PlanningWindow march = window("2026-03-01T00:00", "2026-04-01T00:00", BERLIN);

      StepPlan first = planThursdays(march);
      StepPlan second = planThursdays(march);

      assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldPlanAdjacentWindowsExactlyLikeTheirUnion() {
      OneOnOne atEight = aOneOnOne().from("2026-01-08").at("08:00").build();
      PlanningWindow whole = window("2026-03-01T00:00", "2026-04-01T00:00", BERLIN);
      PlanningWindow firstPart = window("2026-03-01T00:00", "2026-03-12T00:00", BERLIN);
      PlanningWindow secondPart = window("2026-03-12T00:00", "2026-04-01T00:00", BERLIN);

      StepPlan inTwoParts = plan(atEight, firstPart).and(plan(atEight, secondPart));

      assertThat(inTwoParts).isEqualTo(plan(atEight, whole));
    }

    @Test
    void shouldListAMovedStepInTheWindowItIsNowDueIn() {
      OneOnOne atEight = aOneOnOne().from("2026-01-08").at("08:00").build();

      StepPlan wednesday = plan(atEight, window("2026-03-04T00:00", "2026-03-05T00:00", BERLIN));
      StepPlan thursday = plan(atEight, window("2026-03-05T00:00", "2026-03-06T00:00", BERLIN));

      assertThat(stepsOf(wednesday, OneOnOneSteps.AGENDA_NUDGE)).hasSize(1);
      assertThat(stepsOf(thursday, OneOnOneSteps.AGENDA_NUDGE)).isEmpty();
    }
  }

  private StepPlan planThursdays(PlanningWindow window) {
    return plan(thursdays, window);
  }

  private StepPlan plan(OneOnOne oneOnOne, PlanningWindow window) {
    return planner.plan(oneOnOne, berlinManager, newYorkReport, window);
  }

  private StepPlan plan(OneOnOne oneOnOne, Availability both, PlanningWindow window) {
    return planner.plan(oneOnOne, both, both, window);
  }

  private static List<PlannedStep> stepsOf(StepPlan plan, StepKind kind) {
    return plan.steps().stream().filter(s -> s.kind() == kind).toList();
  }

  private static List<ZonedDateTime> dueLocal(StepPlan plan, StepKind kind, PersonId recipient) {
    return plan.steps().stream()
        .filter(s -> s.kind() == kind && s.recipient().equals(recipient))
        .map(PlannedStep::local)
        .toList();
  }
}
