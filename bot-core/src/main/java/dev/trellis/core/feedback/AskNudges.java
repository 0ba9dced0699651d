package dev.trellis.core.feedback;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When to look whether a person should be asked to ask for feedback: once every N weeks (the org's
 * {@link FeedbackCadence}), on a Wednesday at 10:00 in their zone, in a week of their own (spread
 * by their id), so a person who never asks gets at most one suggestion every N weeks. A person who
 * asked anyone in the N weeks before a slot has none planned; the handler looks again when it runs.
 * Keyed {@code feedback-ask:<personId>:<date>}. The slot is a nudge: the {@link
 * dev.trellis.core.step.NudgeRule} moves it off a day off, quiet hours or a day that had a nudge.
 */
final class AskNudges implements StepSource {

  static final StepKind ASK_NUDGE = StepKind.of("FEEDBACK_ASK_NUDGE");

  private static final String KEY_PREFIX = "feedback-ask:";
  private static final LocalTime AT = LocalTime.of(10, 0);
  private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

  private final FeedbackCadence cadence;
  private final FeedbackRecords records;

  AskNudges(FeedbackCadence cadence, FeedbackRecords records) {
    this.cadence = cadence;
    this.records = records;
  }

  @Override
  public Set<StepKind> kinds() {
    return Set.of(ASK_NUDGE);
  }

  @Override
  public Set<String> keyPrefixes() {
    return Set.of(KEY_PREFIX);
  }

  @Override
  public StepPlan plan(PlanningOrg org, PlanningWindow window) {
    Duration span = cadence.askNudgeAfter(org.orgId());
    int weeks = FeedbackCadence.weeks(span);
    StepCollector steps = new StepCollector(org.orgId(), Optional.empty(), window);
    Map<PersonId, Instant> watched =
        records.watchedSince(
            org.orgId(), org.people().stream().map(Person::id).toList(), window.from());
    Set<PersonId> asked = null;
    for (Person person : org.people()) {
      Optional<Availability> availability = org.availabilityOf(person.id());
      if (availability.isEmpty()) {
        continue;
      }
      Optional<Instant> slot = slotIn(person.id(), availability.get(), window, weeks);
      Instant since = watched.getOrDefault(person.id(), window.from());
      if (slot.isEmpty() || since.isAfter(slot.get().minus(span))) {
        continue;
      }
      if (asked == null) {
        asked = records.askedSince(org.orgId(), window.from().minus(span));
      }
      if (!asked.contains(person.id())) {
        LocalDate day = availability.get().localAt(slot.get()).toLocalDate();
        steps.plan(
            ASK_NUDGE,
            new Attendee(person.id(), availability.get()),
            slot.get(),
            key(person.id(), day));
      }
    }
    return steps.toPlan();
  }

  /** The person's slot in the window, if one falls in it. */
  static Optional<Instant> slotIn(
      PersonId person, Availability availability, PlanningWindow window, int weeks) {
    LocalDate first = availability.localAt(window.from()).toLocalDate().minusDays(1);
    LocalDate last = availability.localAt(window.to()).toLocalDate().plusDays(1);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.WEDNESDAY && isSlotWeek(person, d, weeks)) {
        Instant at = d.atTime(AT).atZone(availability.zone()).toInstant();
        if (window.contains(at)) {
          return Optional.of(at);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSlotWeek(PersonId person, LocalDate day, int weeks) {
    long week = ChronoUnit.WEEKS.between(FIRST_MONDAY, day);
    return Math.floorMod(week + person.value().hashCode(), weeks) == 0;
  }

  static OccurrenceKey key(PersonId person, LocalDate day) {
    return new OccurrenceKey(KEY_PREFIX + person.value() + ":" + day);
  }
}
