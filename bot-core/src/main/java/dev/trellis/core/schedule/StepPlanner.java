package dev.trellis.core.schedule;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.util.Objects;

/**
 * Plans the time-based steps due in a window, each in its recipient's own zone:
 *
 * <ul>
 *   <li>{@link StepKind#AGENDA_NUDGE} to the manager, {@code agendaLead} (default 2 h) before the
 *       start; when that is not sendable, the nearest sendable instant between 24 hours and 15
 *       minutes before the start (the later on a tie), else skipped.
 *   <li>{@link StepKind#LAST_15_MINUTES} to both people, 15 minutes before the end. Quiet hours and
 *       days off do not apply; an org holiday or a pause on that day (the recipient's local date)
 *       skips it for that person.
 *   <li>{@link StepKind#AFTER_ONE_ON_ONE} to the report at the end, or the next sendable instant
 *       within 24 hours, else skipped.
 *   <li>{@link StepKind#REFLECTION_PROMPT} on the person's {@link ReflectionCadence}: on a day off
 *       or holiday the nearest earlier working day of the same week, else the next working day; in
 *       quiet hours, their end; on a paused day, skipped.
 * </ul>
 *
 * <p>Deterministic: the same inputs plan the same steps with the same {@link OccurrenceKey}s, and
 * planning two adjacent windows gives exactly the steps of planning their union.
 */
public final class StepPlanner {

  public static final Duration DEFAULT_AGENDA_LEAD = Duration.ofHours(2);

  private final OneOnOneSteps oneOnOneSteps;

  public StepPlanner() {
    this(DEFAULT_AGENDA_LEAD);
  }

  /** {@code agendaLead} is 15 minutes to 24 hours. */
  public StepPlanner(Duration agendaLead) {
    Objects.requireNonNull(agendaLead, "agendaLead");
    if (agendaLead.compareTo(AgendaTiming.MIN_BEFORE_START) < 0
        || agendaLead.compareTo(AgendaTiming.MAX_BEFORE_START) > 0) {
      throw new IllegalArgumentException(
          "The agenda goes out 15 minutes to 24 hours before a 1:1, not " + agendaLead);
    }
    this.oneOnOneSteps = new OneOnOneSteps(agendaLead);
  }

  /** The agenda, last-15-minutes and after-1:1 steps of a 1:1 due in the window. */
  public StepPlan planOneOnOne(
      OneOnOne oneOnOne, Availability manager, Availability report, PlanningWindow window) {
    Objects.requireNonNull(oneOnOne, "oneOnOne");
    Objects.requireNonNull(window, "window");
    return oneOnOneSteps.plan(oneOnOne, manager, report, window);
  }

  /** A person's reflection prompts due in the window. */
  public StepPlan planReflections(
      OrgId orgId,
      PersonId person,
      Availability availability,
      ReflectionCadence cadence,
      PlanningWindow window) {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(window, "window");
    return ReflectionSteps.plan(orgId, new Attendee(person, availability), cadence, window);
  }
}
