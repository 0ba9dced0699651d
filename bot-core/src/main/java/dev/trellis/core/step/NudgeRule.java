package dev.trellis.core.step;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.TimeOff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one rule every nudge passes, whatever feature sends it (a reflection prompt, a buddy,
 * feedback or goal nudge): at most one per person per local day, and only at a sendable time in
 * their zone (a working day, not an org holiday, outside quiet hours and the org's protected slot
 * for development time), and none while they paused Trellis. {@link RunningDueSteps} asks {@link
 * #admit} for the due steps of every {@link StepHandler} that says {@link StepHandler#isNudge()},
 * before the handler runs; a nudge that may not go now is put off to the same local time on the
 * person's next sendable day that has had no nudge (or to the end of quiet hours, when only they
 * were in the way and today is still free), as a one-off step (key {@value #PUT_OFF_PREFIX}…) that
 * re-planning leaves alone, and runs through the same handler then. A feature whose nudge is not a
 * planned step plans a one-off step of a nudge kind for it (the buddy halfway nudge does), so there
 * is one rule in one place.
 *
 * <p>Messages between people (a feedback request or answer) and the messages of a 1:1 (agenda, last
 * 15 minutes, takeaway) are not nudges: they only wait for a sendable time.
 */
public final class NudgeRule {

  /**
   * How the key of a put-off nudge begins; the rest names the nudge it was and, after {@code @},
   * the local minute it moved to.
   */
  public static final String PUT_OFF_PREFIX = "later:";

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  /** How far ahead a put-off nudge looks for a free day before it gives up. */
  static final int DAYS_AHEAD = 28;

  private final NudgeDays days;
  private final People people;
  private final Holidays holidays;
  private final PeopleSettings settings;
  private final DueSteps steps;

  public NudgeRule(
      NudgeDays days, People people, Holidays holidays, PeopleSettings settings, DueSteps steps) {
    this.days = days;
    this.people = people;
    this.holidays = holidays;
    this.settings = settings;
    this.steps = steps;
  }

  /**
   * Splits due nudges into those that go now (each one's day is claimed for it) and the rest, which
   * are put off (or dropped when their person left the directory or has no free sendable day in
   * four weeks), each with how it ended ("put off to 2026-12-08T14:00+01:00[Europe/Berlin]: a nudge
   * today", …).
   */
  public Admission admit(List<PlannedStep> due, Instant now) {
    return admit(due, now, false);
  }

  /**
   * As {@link #admit(List, Instant)}; {@code inProtectedSlot}: whether the nudges may go during the
   * org's protected slot (only the slot's own reminder may), which is otherwise no sendable time.
   */
  public Admission admit(List<PlannedStep> due, Instant now, boolean inProtectedSlot) {
    List<PlannedStep> admitted = new ArrayList<>();
    Map<PlannedStep, String> notNow = new LinkedHashMap<>();
    Map<OrgId, List<PlannedStep>> byOrg =
        due.stream()
            .collect(
                Collectors.groupingBy(PlannedStep::orgId, LinkedHashMap::new, Collectors.toList()));
    byOrg.forEach(
        (orgId, orgSteps) -> admitInOrg(orgId, orgSteps, now, inProtectedSlot, admitted, notNow));
    return new Admission(admitted, notNow);
  }

  private void admitInOrg(
      OrgId orgId,
      List<PlannedStep> due,
      Instant now,
      boolean inProtectedSlot,
      List<PlannedStep> admitted,
      Map<PlannedStep, String> notNow) {
    Map<PersonId, Person> known =
        people
            .findByIds(orgId, due.stream().map(PlannedStep::recipient).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    Map<PersonId, PersonSettings> own = settings.findAll(orgId, known.keySet());
    TimeOff timeOff = holidays.timeOff(orgId);
    Map<NudgeDays.Claim, PlannedStep> wanted = new LinkedHashMap<>();
    Map<PlannedStep, Availability> availabilities = new LinkedHashMap<>();
    for (PlannedStep step : due) {
      Person person = known.get(step.recipient());
      if (person == null) {
        notNow.put(step, "dropped: no longer in the directory");
        continue;
      }
      Availability withSlot =
          Availability.of(
              person, timeOff, own.getOrDefault(person.id(), PersonSettings.DEFAULT).pausedUntil());
      Availability availability = inProtectedSlot ? withSlot.withoutProtectedSlot() : withSlot;
      availabilities.put(step, availability);
      if (availability.isPausedOn(availability.localAt(now).toLocalDate())) {
        notNow.put(step, "skipped: paused");
        continue;
      }
      if (!availability.isSendable(now)) {
        notNow.put(step, putOff(step, availability, now, "not a sendable time"));
        continue;
      }
      LocalDate today = availability.localAt(now).toLocalDate();
      wanted.put(new NudgeDays.Claim(orgId, person.id(), today, originalKey(step.key())), step);
    }
    Set<NudgeDays.Claim> granted =
        wanted.isEmpty() ? Set.of() : days.claim(List.copyOf(wanted.keySet()));
    wanted.forEach(
        (claim, step) -> {
          if (granted.contains(claim)) {
            admitted.add(step);
          } else {
            notNow.put(step, putOff(step, availabilities.get(step), now, "a nudge today"));
          }
        });
  }

  /**
   * Plans the nudge again at its own local time on the person's next sendable day with no nudge
   * yet; today counts too when it has had none (a nudge that fell in the morning's quiet hours goes
   * when they end). The day and time are read in the person's zone as it is now, so after a move
   * the nudge keeps its local time in the new zone.
   */
  private String putOff(PlannedStep step, Availability availability, Instant now, String why) {
    LocalDate today = availability.localAt(now).toLocalDate();
    Set<LocalDate> taken =
        days.claimed(step.orgId(), step.recipient(), today, today.plusDays(DAYS_AHEAD));
    for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
      LocalDate day = today.plusDays(ahead);
      if (taken.contains(day) || !availability.isWorkingDay(day) || availability.isPausedOn(day)) {
        continue;
      }
      Optional<ZonedDateTime> at =
          ahead == 0
              ? laterToday(now, availability)
              : sendableOn(day, step.local().toLocalTime(), availability);
      if (at.isPresent()) {
        steps.plan(List.of(laterStep(step, at.get())));
        return "put off to " + at.get() + ": " + why;
      }
    }
    return "dropped: no day without a nudge in " + DAYS_AHEAD + " days";
  }

  /** The first sendable minute after now that is still today, if any. */
  private static Optional<ZonedDateTime> laterToday(Instant now, Availability availability) {
    LocalDate today = availability.localAt(now).toLocalDate();
    Instant endOfDay = today.plusDays(1).atStartOfDay(availability.zone()).toInstant();
    return availability
        .nextSendable(now.plusSeconds(60), endOfDay.minusSeconds(1))
        .map(availability::localAt)
        .filter(at -> at.toLocalDate().equals(today));
  }

  /** The nudge's own time of day on {@code day}, or the day's first sendable time after it. */
  private static Optional<ZonedDateTime> sendableOn(
      LocalDate day, LocalTime time, Availability availability) {
    Instant sameTime = day.atTime(time).atZone(availability.zone()).toInstant();
    Instant from =
        availability.isSendable(sameTime)
            ? sameTime
            : day.atStartOfDay(availability.zone()).toInstant();
    return availability
        .nextSendableAtOrAfter(from)
        .map(availability::localAt)
        .filter(at -> at.toLocalDate().equals(day));
  }

  /**
   * The put-off step: its key names the nudge it stands for and the local minute it moved to, so a
   * nudge put off twice (even twice in a day) gets a new key each time and is never lost as a
   * duplicate, while a retry after a crash plans the same one again.
   */
  private static PlannedStep laterStep(PlannedStep step, ZonedDateTime at) {
    return new PlannedStep(
        step.kind(),
        step.orgId(),
        step.recipient(),
        at.toInstant(),
        at,
        new OccurrenceKey(
            PUT_OFF_PREFIX + originalKey(step.key()) + "@" + at.toLocalDateTime().format(MINUTE)),
        step.oneOnOneId());
  }

  /** The key of the nudge a step stands for: a put-off nudge names the one it was. */
  public static String originalKey(OccurrenceKey key) {
    String value = key.value();
    return value.startsWith(PUT_OFF_PREFIX)
        ? value.substring(PUT_OFF_PREFIX.length(), value.lastIndexOf('@'))
        : value;
  }

  /** What {@link #admit} decided: the nudges to send now, and how each of the others ended. */
  public record Admission(List<PlannedStep> now, Map<PlannedStep, String> notNow) {
    public Admission {
      now = List.copyOf(now);
      notNow = Map.copyOf(notNow);
    }
  }
}
