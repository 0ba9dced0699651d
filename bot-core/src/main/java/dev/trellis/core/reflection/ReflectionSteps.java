package dev.trellis.core.reflection;

import static java.time.temporal.TemporalAdjusters.previousOrSame;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.SkipReason;
import dev.trellis.core.schedule.StepCollector;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.PlanningOrg;
import dev.trellis.core.step.ReflectionCadence;
import dev.trellis.core.step.StepSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's reflection prompts. On the cadence day at the cadence time, in their zone. When that
 * day is not a working day (or is a holiday): the nearest earlier working day of the same ISO week,
 * else the next working day within six days. When the time is not sendable (quiet hours): the next
 * sendable instant, at the end of quiet hours. A prompt whose day is paused is skipped, not moved.
 * Each prompt is keyed {@code reflection:<personId>:<ISO week of the cadence day>}.
 */
public final class ReflectionSteps implements StepSource {

  /** A person's reflection question, on their own cadence. */
  public static final StepKind REFLECTION_PROMPT = StepKind.of("REFLECTION_PROMPT");

  private static final String KEY_PREFIX = "reflection:";

  /** Weeks looked at on each side of the window; a prompt moves less than two weeks. */
  private static final int MARGIN_DAYS = 21;

  private static final int DAYS_AHEAD = 6;
  private static final Duration QUIET_REACH = Duration.ofDays(7);

  @Override
  public Set<StepKind> kinds() {
    return Set.of(REFLECTION_PROMPT);
  }

  @Override
  public Set<String> keyPrefixes() {
    return Set.of(KEY_PREFIX);
  }

  /** Everyone's prompts due in the window, each on their own cadence. */
  @Override
  public StepPlan plan(PlanningOrg org, PlanningWindow window) {
    List<StepPlan> parts = new ArrayList<>();
    for (Person person : org.people()) {
      org.availabilityOf(person.id())
          .ifPresent(
              available ->
                  parts.add(
                      planFor(
                          org.orgId(),
                          new Attendee(person.id(), available),
                          org.settingsOf(person.id()).cadence(),
                          window)));
    }
    return StepPlan.combined(parts);
  }

  /** One person's prompts due in the window. */
  public static StepPlan planFor(
      OrgId orgId, Attendee person, ReflectionCadence cadence, PlanningWindow window) {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(window, "window");
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
    OccurrenceKey key = key(person.id(), cadenceDay);
    Instant nominal = atCadenceTime(cadenceDay, cadence, availability);
    Optional<LocalDate> day = promptDay(cadenceDay, monday, availability);
    if (day.isEmpty()) {
      skip(person, nominal, key, SkipReason.NO_WORKING_DAY, steps);
    } else if (availability.isPausedOn(day.get())) {
      skip(person, nominal, key, SkipReason.PAUSED, steps);
    } else {
      Instant planned = atCadenceTime(day.get(), cadence, availability);
      steps.planOrSkip(
          REFLECTION_PROMPT,
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
    steps.skip(REFLECTION_PROMPT, person, nominal, key, reason);
  }

  /** Keyed by the ISO week (week-based year) the cadence day falls in. */
  static OccurrenceKey key(PersonId person, LocalDate cadenceDay) {
    // Built by hand: String.format was a tenth of the planning time for 10,000 people.
    int week = cadenceDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return new OccurrenceKey(
        KEY_PREFIX
            + person.value()
            + ":"
            + cadenceDay.get(IsoFields.WEEK_BASED_YEAR)
            + (week < 10 ? "-W0" : "-W")
            + week);
  }
}
