package dev.trellis.core.devtime;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.org.ProtectedSlot;
import dev.trellis.core.schedule.Attendee;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.SkipReason;
import dev.trellis.core.schedule.StepCollector;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.PlanningOrg;
import dev.trellis.core.step.StepSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The development time nudges, each a one-off per person: the monthly reminder on the person's
 * third-last working day of the month at {@value #MONTHLY_HOUR}:00 their time (planned only while
 * the org has a budget; whether it still goes is decided when it is due), keyed {@code
 * devtime-month:<person>:<yyyy-MM>}; and the reminder at the start of the org's protected slot each
 * week, keyed {@code devtime-slot:<person>:<date>}. Being nudges, both then pass the {@link
 * dev.trellis.core.step.NudgeRule}.
 */
public final class DevTimeSteps implements StepSource {

  public static final StepKind MONTHLY_REMINDER = StepKind.of("DEVTIME_MONTHLY_REMINDER");
  public static final StepKind SLOT_REMINDER = StepKind.of("DEVTIME_SLOT_REMINDER");

  static final String MONTH_PREFIX = "devtime-month:";
  static final String SLOT_PREFIX = "devtime-slot:";

  /** The reminder goes on the third-last working day, leaving two days should it be put off. */
  static final int WORKING_DAYS_BEFORE_END = 3;

  static final int MONTHLY_HOUR = 10;

  private final OrgSettingsStore settings;

  public DevTimeSteps(OrgSettingsStore settings) {
    this.settings = settings;
  }

  @Override
  public Set<StepKind> kinds() {
    return Set.of(MONTHLY_REMINDER, SLOT_REMINDER);
  }

  @Override
  public Set<String> keyPrefixes() {
    return Set.of(MONTH_PREFIX, SLOT_PREFIX);
  }

  @Override
  public StepPlan plan(PlanningOrg org, PlanningWindow window) {
    boolean budget = settings.find(org.orgId()).devTime().hasBudget();
    StepCollector steps = new StepCollector(org.orgId(), Optional.empty(), window);
    for (Person person : org.people()) {
      Optional<Availability> availability = org.availabilityOf(person.id());
      if (availability.isEmpty()) {
        continue;
      }
      Attendee attendee = new Attendee(person.id(), availability.get());
      if (budget) {
        monthly(attendee, window, steps);
      }
      availability.get().protectedSlot().ifPresent(slot -> slots(attendee, slot, window, steps));
    }
    return steps.toPlan();
  }

  private static void monthly(Attendee person, PlanningWindow window, StepCollector steps) {
    Availability availability = person.availability();
    YearMonth first = YearMonth.from(availability.localAt(window.from()));
    YearMonth last = YearMonth.from(availability.localAt(window.to()));
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      OccurrenceKey key = monthKey(person.id(), month);
      Instant endOfMonth =
          month.plusMonths(1).atDay(1).atStartOfDay(availability.zone()).toInstant();
      Optional<LocalDate> day = reminderDay(month, availability);
      Instant nominal =
          ZonedDateTime.of(
                  day.orElse(month.atEndOfMonth()),
                  LocalTime.of(MONTHLY_HOUR, 0),
                  availability.zone())
              .toInstant();
      if (day.isEmpty()) {
        steps.skip(MONTHLY_REMINDER, person, nominal, key, SkipReason.NO_WORKING_DAY);
        continue;
      }
      steps.planOrSkip(
          MONTHLY_REMINDER,
          person,
          availability.nextSendable(nominal, endOfMonth.minusSeconds(1)),
          nominal,
          key,
          SkipReason.NO_SENDABLE_TIME);
    }
  }

  /** The third-last working day of the month that is not paused, counting back from its end. */
  static Optional<LocalDate> reminderDay(YearMonth month, Availability availability) {
    List<LocalDate> working = new ArrayList<>();
    for (LocalDate d = month.atEndOfMonth();
        !d.isBefore(month.atDay(1)) && working.size() < WORKING_DAYS_BEFORE_END;
        d = d.minusDays(1)) {
      if (availability.isWorkingDay(d) && !availability.isPausedOn(d)) {
        working.add(d);
      }
    }
    return working.isEmpty() ? Optional.empty() : Optional.of(working.get(working.size() - 1));
  }

  private static void slots(
      Attendee person, ProtectedSlot slot, PlanningWindow window, StepCollector steps) {
    Availability availability = person.availability();
    Availability inSlot = availability.withoutProtectedSlot();
    LocalDate from = availability.localAt(window.from()).toLocalDate().minusDays(1);
    LocalDate to = availability.localAt(window.to()).toLocalDate();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != slot.day()) {
        continue;
      }
      OccurrenceKey key = slotKey(person.id(), day);
      Instant start = ZonedDateTime.of(day, slot.start(), availability.zone()).toInstant();
      Instant end = ZonedDateTime.of(day, slot.end(), availability.zone()).toInstant();
      if (availability.isHoliday(day)) {
        steps.skip(SLOT_REMINDER, person, start, key, SkipReason.HOLIDAY);
      } else if (availability.isPausedOn(day)) {
        steps.skip(SLOT_REMINDER, person, start, key, SkipReason.PAUSED);
      } else {
        steps.planOrSkip(
            SLOT_REMINDER,
            person,
            inSlot.nextSendable(start, end.minusSeconds(60)),
            start,
            key,
            SkipReason.NO_SENDABLE_TIME);
      }
    }
  }

  static OccurrenceKey monthKey(PersonId person, YearMonth month) {
    return new OccurrenceKey(MONTH_PREFIX + person.value() + ":" + month);
  }

  static OccurrenceKey slotKey(PersonId person, LocalDate day) {
    return new OccurrenceKey(SLOT_PREFIX + person.value() + ":" + day);
  }

  /** The month or day a key names: the part after its last colon. */
  static String keyDate(String originalKey) {
    return originalKey.substring(originalKey.lastIndexOf(':') + 1);
  }
}
