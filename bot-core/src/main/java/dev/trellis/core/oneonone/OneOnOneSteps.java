package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.SkipReason;
import dev.trellis.core.schedule.StepCollector;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The steps of each occurrence of a 1:1, each in its recipient's own zone:
 *
 * <ul>
 *   <li>{@link #AGENDA_NUDGE} to the manager, {@code agendaLead} (default 2 h) before the start;
 *       when that is not sendable, the nearest sendable instant between 24 hours and 15 minutes
 *       before the start (the later on a tie), else skipped.
 *   <li>{@link #LAST_15_MINUTES} to both people, 15 minutes before the end. Quiet hours and days
 *       off do not apply; an org holiday or a pause on that day (the recipient's local date) skips
 *       it for that person.
 *   <li>{@link #AFTER_ONE_ON_ONE} to the report at the end, or the next sendable instant within 24
 *       hours, else skipped.
 * </ul>
 *
 * <p>Deterministic: the same inputs plan the same steps with the same {@link OneOnOneKeys}, and
 * planning two adjacent windows gives exactly the steps of planning their union.
 */
public final class OneOnOneSteps {

  /** The manager's agenda, before a 1:1. */
  public static final StepKind AGENDA_NUDGE = StepKind.of("AGENDA_NUDGE");

  /** The switch-to-development prompt to both people, 15 minutes before a 1:1 ends. */
  public static final StepKind LAST_15_MINUTES = StepKind.of("LAST_15_MINUTES");

  /** The report's takeaway capture, when a 1:1 ends. */
  public static final StepKind AFTER_ONE_ON_ONE = StepKind.of("AFTER_ONE_ON_ONE");

  public static final Duration DEFAULT_AGENDA_LEAD = Duration.ofHours(2);

  static final Duration LAST_PART = Duration.ofMinutes(15);
  static final Duration AFTER_REACH = Duration.ofHours(24);

  private final Duration agendaLead;

  public OneOnOneSteps() {
    this(DEFAULT_AGENDA_LEAD);
  }

  /** {@code agendaLead} is 15 minutes to 24 hours. */
  public OneOnOneSteps(Duration agendaLead) {
    Objects.requireNonNull(agendaLead, "agendaLead");
    if (agendaLead.compareTo(AgendaTiming.MIN_BEFORE_START) < 0
        || agendaLead.compareTo(AgendaTiming.MAX_BEFORE_START) > 0) {
      throw new IllegalArgumentException(
          "The agenda goes out 15 minutes to 24 hours before a 1:1, not " + agendaLead);
    }
    this.agendaLead = agendaLead;
  }

  /** The agenda, last-15-minutes and after-1:1 steps of a 1:1 due in the window. */
  public StepPlan plan(
      OneOnOne oneOnOne, Availability manager, Availability report, PlanningWindow window) {
    Objects.requireNonNull(oneOnOne, "oneOnOne");
    Objects.requireNonNull(window, "window");
    Attendee theManager = new Attendee(oneOnOne.managerId(), manager);
    Attendee theReport = new Attendee(oneOnOne.reportId(), report);
    StepCollector steps = new StepCollector(oneOnOne.orgId(), Optional.of(oneOnOne.id()), window);
    // Occurrences whose steps can fall in the window: the agenda up to a day before the start, the
    // capture up to a day after an end that may be 8 hours after the start.
    PlanningWindow reach =
        window.widen(OneOnOne.MAX_DURATION.plus(AFTER_REACH), AgendaTiming.MAX_BEFORE_START);
    for (Occurrence occurrence : new OneOnOneCalendar(oneOnOne).occurrencesIn(reach)) {
      agenda(occurrence, theManager, steps);
      lastFifteenMinutes(occurrence, theManager, steps);
      lastFifteenMinutes(occurrence, theReport, steps);
      afterOneOnOne(occurrence, theReport, steps);
    }
    return steps.toPlan();
  }

  /** None for a 1:1 on the manager's holiday: it will not take place, so nothing to prepare. */
  private void agenda(Occurrence occurrence, Attendee manager, StepCollector steps) {
    Instant nominal = occurrence.start().minus(agendaLead);
    OccurrenceKey key = OneOnOneKeys.agenda(occurrence.oneOnOneId(), occurrence.date());
    LocalDate meetingDay = manager.availability().localAt(occurrence.start()).toLocalDate();
    if (manager.availability().isHoliday(meetingDay)) {
      steps.skip(AGENDA_NUDGE, manager, nominal, key, SkipReason.HOLIDAY);
      return;
    }
    steps.planOrSkip(
        AGENDA_NUDGE,
        manager,
        AgendaTiming.dueAt(occurrence, agendaLead, manager.availability()),
        nominal,
        key,
        whyNothingSendable(manager.availability(), occurrence.start()));
  }

  /** Quiet hours and days off do not apply (they are in the meeting); holidays and pauses do. */
  private static void lastFifteenMinutes(
      Occurrence occurrence, Attendee person, StepCollector steps) {
    Instant due = occurrence.end().minus(LAST_PART);
    OccurrenceKey key =
        OneOnOneKeys.lastFifteen(occurrence.oneOnOneId(), occurrence.date(), person.id());
    LocalDate localDate = person.availability().localAt(due).toLocalDate();
    if (person.availability().isHoliday(localDate)) {
      steps.skip(LAST_15_MINUTES, person, due, key, SkipReason.HOLIDAY);
    } else if (person.availability().isPausedOn(localDate)) {
      steps.skip(LAST_15_MINUTES, person, due, key, SkipReason.PAUSED);
    } else {
      steps.plan(LAST_15_MINUTES, person, due, key);
    }
  }

  private static void afterOneOnOne(Occurrence occurrence, Attendee report, StepCollector steps) {
    Instant end = occurrence.end();
    steps.planOrSkip(
        AFTER_ONE_ON_ONE,
        report,
        report.availability().nextSendable(end, end.plus(AFTER_REACH)),
        end,
        OneOnOneKeys.afterOneOnOne(occurrence.oneOnOneId(), occurrence.date()),
        whyNothingSendable(report.availability(), end));
  }

  /** A holiday or pause on the recipient's day of the 1:1 says more than "no sendable time". */
  private static SkipReason whyNothingSendable(Availability availability, Instant at) {
    LocalDate day = availability.localAt(at).toLocalDate();
    if (availability.isHoliday(day)) {
      return SkipReason.HOLIDAY;
    }
    return availability.isPausedOn(day) ? SkipReason.PAUSED : SkipReason.NO_SENDABLE_TIME;
  }
}
