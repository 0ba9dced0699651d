package dev.trellis.core.opportunity;

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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One opportunity digest a week for each person: on Monday at 10:00 in their zone, or on the first
 * working day of the week they have not paused, at the first sendable time from 10:00 on. Keyed
 * {@code oppdigest:<personId>:<week-based year>-W<week>}, so a week never has two. Being a nudge it
 * then passes the {@link dev.trellis.core.step.NudgeRule}, and {@link SendingOpportunityDigests}
 * drops it when nothing matches.
 */
public final class WeeklyDigestSteps implements StepSource {

  /** A person's weekly opportunity digest. */
  public static final StepKind DIGEST = StepKind.of("OPPORTUNITY_DIGEST");

  static final String KEY_PREFIX = "oppdigest:";
  static final LocalTime AT = LocalTime.of(10, 0);
  private static final int DAYS_A_WEEK = 7;

  private static final Duration QUIET_REACH = Duration.ofDays(1);

  @Override
  public Set<StepKind> kinds() {
    return Set.of(DIGEST);
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
    LocalDate from =
        availability
            .localAt(window.from())
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(1);
    LocalDate to = availability.localAt(window.to()).toLocalDate();
    for (LocalDate monday = from; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
      digestInWeek(monday, person, steps);
    }
    return steps.toPlan();
  }

  private static void digestInWeek(LocalDate monday, Attendee person, StepCollector steps) {
    steps.planOnFirstWorkingDay(
        DIGEST, person, monday, AT, DAYS_A_WEEK, QUIET_REACH, key(person.id(), monday));
  }

  static OccurrenceKey key(PersonId person, LocalDate monday) {
    return new OccurrenceKey(
        KEY_PREFIX
            + person.value()
            + ":"
            + monday.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }
}
