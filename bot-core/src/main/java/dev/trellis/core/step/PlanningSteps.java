package dev.trellis.core.step;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.schedule.TimeOff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Plans an org's steps for the next {@code horizon} (and the last hour, so a restart catches what
 * is still worth sending): whatever each feature's {@link StepSource} plans (reflection prompts,
 * the steps around each 1:1, …), from the org's people, their availability and settings, read once
 * per run. Planning again is harmless: a step's occurrence key is planned only once.
 */
public final class PlanningSteps {

  private static final Duration LOOK_BACK = Duration.ofHours(1);

  private final People people;
  private final PeopleSettings settings;
  private final Holidays holidays;
  private final DueSteps steps;
  private final Supplier<? extends Collection<StepSource>> sources;
  private final Clock clock;
  private final Duration horizon;

  /**
   * {@code sources} is asked at each run: the features register their sources after planning is
   * built (adding a 1:1 re-plans its org), so they are looked up when planning, not before.
   */
  public PlanningSteps(
      People people,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps,
      Supplier<? extends Collection<StepSource>> sources,
      Clock clock,
      Duration horizon) {
    this.people = people;
    this.settings = settings;
    this.holidays = holidays;
    this.steps = steps;
    this.sources = sources;
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
    TimeOff timeOff = holidays.timeOff(orgId);
    Map<PersonId, PersonSettings> changed = settings.changedIn(orgId);
    Map<PersonId, Availability> availability = new HashMap<>();
    List<Person> everyone = people.findAll(orgId);
    for (Person person : everyone) {
      PersonSettings own = changed.getOrDefault(person.id(), PersonSettings.DEFAULT);
      availability.put(person.id(), Availability.of(person, timeOff, own.pausedUntil()));
    }
    PlanningOrg org = new PlanningOrg(orgId, everyone, availability, changed);
    List<StepPlan> parts = new ArrayList<>();
    for (StepSource source : sources.get()) {
      parts.add(source.plan(org, window));
    }
    return StepPlan.combined(parts);
  }

  /** How the keys of planned steps begin, over all sources: re-planning withdraws those. */
  public Set<String> plannedKeyPrefixes() {
    Set<String> prefixes = new LinkedHashSet<>();
    sources.get().forEach(source -> prefixes.addAll(source.keyPrefixes()));
    return prefixes;
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
