package dev.trellis.core.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.oneonone.Occurrence;
import dev.trellis.core.oneonone.OneOnOneCalendar;
import dev.trellis.core.oneonone.OneOnOneSteps;
import dev.trellis.core.reflection.ReflectionSteps;
import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.ScheduleArbitraries;
import dev.trellis.core.schedule.StepPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The steps the features plan, together: what every planning run must hold. */
class PlannedStepsPropertiesTest {

  private final OneOnOneSteps planner = new OneOnOneSteps();

  @Property(tries = 300)
  void everyStepIsDueInTheWindowAtATimeItsRecipientMayBeSentIt(@ForAll("scenarios") Scenario s) {
    StepPlan plan = s.planAll(planner, s.window());

    Map<PersonId, Availability> availabilityOf = s.availabilities();
    for (PlannedStep step : plan.steps()) {
      Availability recipient = availabilityOf.get(step.recipient());
      assertThat(s.window().contains(step.dueAt())).as("%s in window", step).isTrue();
      assertThat(step.local().getZone()).isEqualTo(recipient.zone());
      if (step.kind() == OneOnOneSteps.LAST_15_MINUTES) {
        LocalDate day = recipient.localAt(step.dueAt()).toLocalDate();
        assertThat(recipient.isHoliday(day)).as("%s on a holiday", step).isFalse();
        assertThat(recipient.isPausedOn(day)).as("%s while paused", step).isFalse();
      } else {
        assertThat(recipient.isSendable(step.dueAt())).as("%s sendable", step).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void theAgendaGoesOutBetweenADayAndFifteenMinutesBeforeItsOneOnOne(
      @ForAll("scenarios") Scenario s) {
    PlanningWindow window = s.window();
    List<Occurrence> occurrences =
        new OneOnOneCalendar(s.oneOnOne())
            .occurrencesIn(window.widen(Duration.ZERO, Duration.ofHours(24)));

    StepPlan plan = planner.plan(s.oneOnOne(), s.manager(), s.report(), window);

    for (PlannedStep agenda : plan.steps()) {
      if (agenda.kind() != OneOnOneSteps.AGENDA_NUDGE) {
        continue;
      }
      Occurrence occurrence =
          occurrences.stream()
              .filter(o -> agenda.key().value().endsWith(":" + o.date()))
              .findFirst()
              .orElseThrow();
      assertThat(agenda.dueAt())
          .isBetween(
              occurrence.start().minus(Duration.ofHours(24)),
              occurrence.start().minus(Duration.ofMinutes(15)));
    }
  }

  @Property(tries = 200)
  void planningTheSameWindowTwiceGivesTheSameStepsAndKeys(@ForAll("scenarios") Scenario s) {
    assertThat(s.planAll(planner, s.window())).isEqualTo(s.planAll(planner, s.window()));
  }

  @Property(tries = 200)
  void twoAdjacentWindowsPlanExactlyWhatTheirUnionPlans(
      @ForAll("scenarios") Scenario s, @ForAll("fractions") double split) {
    Instant cut =
        s.window()
            .from()
            .plusSeconds(
                (long) (split * Duration.between(s.window().from(), s.window().to()).toSeconds()));

    StepPlan inParts =
        s.planAll(planner, new PlanningWindow(s.window().from(), cut))
            .and(s.planAll(planner, new PlanningWindow(cut, s.window().to())));

    assertThat(inParts).isEqualTo(s.planAll(planner, s.window()));
  }

  @Property(tries = 200)
  void eachOccurrenceKeyAppearsOnceAndStepsAreSorted(@ForAll("scenarios") Scenario s) {
    StepPlan plan = s.planAll(planner, s.window());

    List<OccurrenceKey> keys = new ArrayList<>();
    plan.steps().forEach(step -> keys.add(step.key()));
    plan.skipped().forEach(skipped -> keys.add(skipped.key()));
    assertThat(keys).doesNotHaveDuplicates();
    assertThat(plan.steps()).extracting(PlannedStep::dueAt).isSorted();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ScheduleArbitraries.windows()
        .flatMap(
            w ->
                Combinators.combine(
                        ScheduleArbitraries.oneOnOnesNear(w.from()),
                        ScheduleArbitraries.availabilitiesNear(w.from()),
                        ScheduleArbitraries.availabilitiesNear(w.from()),
                        ScheduleArbitraries.reflectionCadences(),
                        Arbitraries.just(w))
                    .as(Scenario::new));
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** One 1:1 between a manager and a report, and both people's reflection cadence. */
  record Scenario(
      OneOnOne oneOnOne,
      Availability manager,
      Availability report,
      ReflectionCadence cadence,
      PlanningWindow window) {

    StepPlan planAll(OneOnOneSteps planner, PlanningWindow in) {
      return planner
          .plan(oneOnOne, manager, report, in)
          .and(
              ReflectionSteps.planFor(
                  oneOnOne.orgId(), new Attendee(oneOnOne.managerId(), manager), cadence, in))
          .and(
              ReflectionSteps.planFor(
                  oneOnOne.orgId(), new Attendee(oneOnOne.reportId(), report), cadence, in));
    }

    Map<PersonId, Availability> availabilities() {
      return Map.of(oneOnOne.managerId(), manager, oneOnOne.reportId(), report);
    }
  }
}
