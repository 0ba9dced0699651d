package dev.trellis.core.goal;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepCollector;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.PlanningOrg;
import dev.trellis.core.step.StepSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Once a quarter, a prompt to look at one's career map. Each person has their own day in the
 * quarter and their own time of day, both fixed by their id (so an org is spread over the quarter
 * and the working day, never prompted at once), in their zone: from that day on, the first working
 * day not paused, at the first sendable time from their minute on. Keyed {@code
 * goalmap:<personId>:<year>-Q<n>}. Being a nudge, it then passes the {@link
 * dev.trellis.core.step.NudgeRule} when it is due.
 */
public final class QuarterlyMapSteps implements StepSource {

  /** A person's quarterly look at their career map. */
  public static final StepKind MAP_PROMPT = StepKind.of("GOAL_MAP_PROMPT");

  static final String KEY_PREFIX = "goalmap:";

  /** The days of a quarter a person's day falls in: the rest leaves room to move past days off. */
  static final int SPREAD_DAYS = 80;

  static final LocalTime EARLIEST = LocalTime.of(9, 30);
  static final int SPREAD_MINUTES = 6 * 60;
  private static final int WORKING_DAY_SEARCH = 10;
  private static final Duration QUIET_REACH = Duration.ofDays(3);

  @Override
  public Set<StepKind> kinds() {
    return Set.of(MAP_PROMPT);
  }

  @Override
  public Set<String> keyPrefixes() {
    return Set.of(KEY_PREFIX);
  }

  @Override
  public StepPlan plan(PlanningOrg org, PlanningWindow window) {
    List<StepPlan> parts = new ArrayList<>();
    for (Person person : org.people()) {
      org.availabilityOf(person.id())
          .ifPresent(a -> parts.add(planFor(org.orgId(), new Attendee(person.id(), a), window)));
    }
    return StepPlan.combined(parts);
  }

  static StepPlan planFor(OrgId orgId, Attendee person, PlanningWindow window) {
    Availability availability = person.availability();
    StepCollector steps = new StepCollector(orgId, Optional.empty(), window);
    LocalDate from = quarterStart(availability.localAt(window.from()).toLocalDate()).minusMonths(3);
    LocalDate to = availability.localAt(window.to()).toLocalDate();
    for (LocalDate quarter = from; !quarter.isAfter(to); quarter = quarter.plusMonths(3)) {
      promptInQuarter(quarter, person, steps);
    }
    return steps.toPlan();
  }

  private static void promptInQuarter(LocalDate quarter, Attendee person, StepCollector steps) {
    long seed = seed(person.id());
    steps.planOnFirstWorkingDay(
        MAP_PROMPT,
        person,
        quarter.plusDays(Math.floorMod(seed, SPREAD_DAYS)),
        EARLIEST.plusMinutes(Math.floorMod(seed >>> 16, SPREAD_MINUTES)),
        WORKING_DAY_SEARCH,
        QUIET_REACH,
        key(person.id(), quarter));
  }

  /** The first day of the quarter {@code date} falls in. */
  static LocalDate quarterStart(LocalDate date) {
    return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
  }

  static OccurrenceKey key(PersonId person, LocalDate quarterStart) {
    return new OccurrenceKey(
        KEY_PREFIX
            + person.value()
            + ":"
            + quarterStart.getYear()
            + "-Q"
            + ((quarterStart.getMonthValue() - 1) / 3 + 1));
  }

  /** A number fixed by the person's id, the same on every instance and every run. */
  private static long seed(PersonId person) {
    return UUID.nameUUIDFromBytes(person.value().getBytes(StandardCharsets.UTF_8))
        .getMostSignificantBits();
  }
}
