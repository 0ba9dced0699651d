package dev.trellis.core.schedule;

import static java.time.temporal.TemporalAdjusters.previousOrSame;

import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A person's reflection prompts. On the cadence day at the cadence time, in their zone. When that
 * day is not a working day (or is a holiday): the nearest earlier working day of the same ISO week,
 * else the next working day within six days. When the time is not sendable (quiet hours): the next
 * sendable instant, at the end of quiet hours. A prompt whose day is paused is skipped, not moved.
 */
final class ReflectionSteps {

  /** Weeks looked at on each side of the window; a prompt moves less than two weeks. */
  private static final int MARGIN_DAYS = 21;

  private static final int DAYS_AHEAD = 6;
  private static final Duration QUIET_REACH = Duration.ofDays(7);

  private ReflectionSteps() {}

  static StepPlan plan(
      OrgId orgId, Attendee person, ReflectionCadence cadence, PlanningWindow window) {
    Availability availability = person.availability();
    StepCollector steps = new StepCollector(orgId, Optional.empty(), window);
    LocalDate first =
        availability
            .localAt(window.from())
            .toLocalDate()
            .minusDays(MARGIN_DAYS)
            .with(previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = availability.localAt(window.to()).toLocalDate().plusDays(MARGIN_DAYS);
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      if (cadence.hasPromptInWeekOf(monday)) {
        promptInWeek(monday, person, cadence, steps);
      }
    }
    return steps.toPlan();
  }

  private static void promptInWeek(
      LocalDate monday, Attendee person, ReflectionCadence cadence, StepCollector steps) {
    Availability availability = person.availability();
    LocalDate cadenceDay = cadence.dayInWeekOf(monday);
    OccurrenceKey key = OccurrenceKey.reflection(person.id(), cadenceDay);
    Instant nominal = atCadenceTime(cadenceDay, cadence, availability);
    Optional<LocalDate> day = promptDay(cadenceDay, monday, availability);
    if (day.isEmpty()) {
      skip(person, nominal, key, SkipReason.NO_WORKING_DAY, steps);
    } else if (availability.isPausedOn(day.get())) {
      skip(person, nominal, key, SkipReason.PAUSED, steps);
    } else {
      Instant planned = atCadenceTime(day.get(), cadence, availability);
      steps.planOrSkip(
          StepKind.REFLECTION_PROMPT,
          person,
          availability.nextSendable(planned, planned.plus(QUIET_REACH)),
          nominal,
          key,
          SkipReason.NO_SENDABLE_TIME);
    }
  }

  private static Optional<LocalDate> promptDay(
      LocalDate cadenceDay, LocalDate monday, Availability availability) {
    if (availability.isWorkingDay(cadenceDay)) {
      return Optional.of(cadenceDay);
    }
    for (LocalDate d = cadenceDay.minusDays(1); !d.isBefore(monday); d = d.minusDays(1)) {
      if (availability.isWorkingDay(d)) {
        return Optional.of(d);
      }
    }
    for (int ahead = 1; ahead <= DAYS_AHEAD; ahead++) {
      if (availability.isWorkingDay(cadenceDay.plusDays(ahead))) {
        return Optional.of(cadenceDay.plusDays(ahead));
      }
    }
    return Optional.empty();
  }

  private static Instant atCadenceTime(
      LocalDate day, ReflectionCadence cadence, Availability availability) {
    return ZonedDateTime.of(day, cadence.localTime(), availability.zone()).toInstant();
  }

  private static void skip(
      Attendee person, Instant nominal, OccurrenceKey key, SkipReason reason, StepCollector steps) {
    steps.skip(StepKind.REFLECTION_PROMPT, person, nominal, key, reason);
  }
}
