package dev.trellis.core.step;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.schedule.StepPlanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans an org's steps for the next {@code horizon} (and the last hour, so a restart catches what
 * is still worth sending): everyone's reflection prompts and every 1:1's agenda, last-15 and
 * after-1:1 steps. Planning again is harmless: a step's occurrence key is planned only once.
 */
public final class PlanningSteps {

  private static final Duration LOOK_BACK = Duration.ofHours(1);

  private final People people;
  private final OneOnOnes oneOnOnes;
  private final PeopleSettings settings;
  private final Holidays holidays;
  private final DueSteps steps;
  private final StepPlanner planner;
  private final Clock clock;
  private final Duration horizon;

  public PlanningSteps(
      People people,
      OneOnOnes oneOnOnes,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps,
      StepPlanner planner,
      Clock clock,
      Duration horizon) {
    this.people = people;
    this.oneOnOnes = oneOnOnes;
    this.settings = settings;
    this.holidays = holidays;
    this.steps = steps;
    this.planner = planner;
    this.clock = clock;
    this.horizon = horizon;
  }

  /** What one planning run of an org found. */
  public record Report(int planned, int newlyPlanned, int skipped) {}

  public Report plan(OrgId orgId) {
    return plan(orgId, computePlan(orgId, window()));
  }

  /** The steps an org would have in a window, without storing them (for previews). */
  public StepPlan computePlan(OrgId orgId, PlanningWindow window) {
    Set<LocalDate> days = holidays.of(orgId);
    Map<PersonId, PersonSettings> changed = settings.changedIn(orgId);
    Map<PersonId, Availability> availability = new HashMap<>();
    List<StepPlan> parts = new ArrayList<>();
    for (Person person : people.findAll(orgId)) {
      PersonSettings own = changed.getOrDefault(person.id(), PersonSettings.DEFAULT);
      Availability available = Availability.of(person, days, own.pausedUntil());
      availability.put(person.id(), available);
      parts.add(planner.planReflections(orgId, person.id(), available, own.cadence(), window));
    }
    for (OneOnOne oneOnOne : oneOnOnes.findAll(orgId)) {
      Availability manager = availability.get(oneOnOne.managerId());
      Availability report = availability.get(oneOnOne.reportId());
      if (manager != null && report != null) {
        parts.add(planner.planOneOnOne(oneOnOne, manager, report, window));
      }
    }
    return StepPlan.combined(parts);
  }

  private Report plan(OrgId orgId, StepPlan plan) {
    int added = steps.plan(plan.steps());
    return new Report(plan.steps().size(), added, plan.skipped().size());
  }

  private PlanningWindow window() {
    Instant now = clock.instant();
    return PlanningWindow.between(now.minus(LOOK_BACK), now.plus(horizon));
  }
}
