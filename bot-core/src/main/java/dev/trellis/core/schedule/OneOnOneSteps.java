package dev.trellis.core.schedule;

import dev.trellis.core.directory.OneOnOne;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The agenda, last-15-minutes and after-1:1 steps of each occurrence of a 1:1. */
final class OneOnOneSteps {

  static final Duration LAST_PART = Duration.ofMinutes(15);
  static final Duration AFTER_REACH = Duration.ofHours(24);

  private final Duration agendaLead;

  OneOnOneSteps(Duration agendaLead) {
    this.agendaLead = agendaLead;
  }

  StepPlan plan(
      OneOnOne oneOnOne, Availability manager, Availability report, PlanningWindow window) {
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
    OccurrenceKey key = OccurrenceKey.agenda(occurrence.oneOnOneId(), occurrence.date());
    LocalDate meetingDay = manager.availability().localAt(occurrence.start()).toLocalDate();
    if (manager.availability().isHoliday(meetingDay)) {
      steps.skip(StepKind.AGENDA_NUDGE, manager, nominal, key, SkipReason.HOLIDAY);
      return;
    }
    steps.planOrSkip(
        StepKind.AGENDA_NUDGE,
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
        OccurrenceKey.lastFifteen(occurrence.oneOnOneId(), occurrence.date(), person.id());
    LocalDate localDate = person.availability().localAt(due).toLocalDate();
    if (person.availability().isHoliday(localDate)) {
      steps.skip(StepKind.LAST_15_MINUTES, person, due, key, SkipReason.HOLIDAY);
    } else if (person.availability().isPausedOn(localDate)) {
      steps.skip(StepKind.LAST_15_MINUTES, person, due, key, SkipReason.PAUSED);
    } else {
      steps.plan(StepKind.LAST_15_MINUTES, person, due, key);
    }
  }

  private static void afterOneOnOne(Occurrence occurrence, Attendee report, StepCollector steps) {
    Instant end = occurrence.end();
    steps.planOrSkip(
        StepKind.AFTER_ONE_ON_ONE,
        report,
        report.availability().nextSendable(end, end.plus(AFTER_REACH)),
        end,
        OccurrenceKey.afterOneOnOne(occurrence.oneOnOneId(), occurrence.date()),
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
