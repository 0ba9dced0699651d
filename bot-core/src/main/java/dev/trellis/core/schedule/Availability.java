package dev.trellis.core.schedule;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.ProtectedSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a person may be sent something. An instant is <em>sendable</em> when, in the person's own
 * time zone, its date is one of their working days, not an org holiday and not paused, and its time
 * is outside their quiet hours and outside the org's protected slot for development time (during
 * which only the slot's own reminder goes: see {@link #withoutProtectedSlot()}).
 *
 * <p>Holidays are calendar dates, read in the person's zone. {@code pausedUntil} is the first date
 * on which the person hears from Trellis again: every date before it is paused.
 */
public record Availability(
    ZoneId zone,
    WorkingDays workingDays,
    QuietHours quietHours,
    Set<LocalDate> holidays,
    Optional<LocalDate> pausedUntil,
    Optional<ProtectedSlot> protectedSlot) {

  /** How far {@link #nextSendableAtOrAfter(Instant)} looks before it gives up. */
  public static final Duration SEARCH_LIMIT = Duration.ofDays(400);

  public Availability {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(quietHours, "quietHours");
    Objects.requireNonNull(pausedUntil, "pausedUntil");
    holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    Objects.requireNonNull(protectedSlot, "protectedSlot");
  }

  /** An availability without a protected slot. */
  public Availability(
      ZoneId zone,
      WorkingDays workingDays,
      QuietHours quietHours,
      Set<LocalDate> holidays,
      Optional<LocalDate> pausedUntil) {
    this(zone, workingDays, quietHours, holidays, pausedUntil, Optional.empty());
  }

  /** A person's availability from their zone, working days and quiet hours (no protected slot). */
  public static Availability of(
      Person person, Set<LocalDate> orgHolidays, Optional<LocalDate> pausedUntil) {
    return of(person, TimeOff.holidays(orgHolidays), pausedUntil);
  }

  /** A person's availability, with their org's holidays and protected slot. */
  public static Availability of(
      Person person, TimeOff orgTimeOff, Optional<LocalDate> pausedUntil) {
    return new Availability(
        person.timeZone(),
        person.workingDays(),
        person.quietHours(),
        orgTimeOff.holidays(),
        pausedUntil,
        orgTimeOff.protectedSlot());
  }

  public boolean isSendable(Instant instant) {
    ZonedDateTime local = localAt(instant);
    return isWorkingDay(local.toLocalDate())
        && !isPausedOn(local.toLocalDate())
        && !quietHours.contains(local.toLocalTime())
        && !isInProtectedSlot(instant);
  }

  /** Whether the instant falls in the org's protected slot, in the person's zone. */
  public boolean isInProtectedSlot(Instant instant) {
    return protectedSlot
        .filter(slot -> slot.contains(localAt(instant).toLocalDateTime()))
        .isPresent();
  }

  /** The same availability with the slot left out: when the slot's own reminder may go. */
  public Availability withoutProtectedSlot() {
    return new Availability(zone, workingDays, quietHours, holidays, pausedUntil, Optional.empty());
  }

  /** One of the person's working weekdays and not an org holiday (pauses aside). */
  public boolean isWorkingDay(LocalDate date) {
    return workingDays.includes(date.getDayOfWeek()) && !isHoliday(date);
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date);
  }

  public boolean isPausedOn(LocalDate date) {
    return pausedUntil.filter(date::isBefore).isPresent();
  }

  /** The instant in the person's zone. */
  public ZonedDateTime localAt(Instant instant) {
    return instant.atZone(zone);
  }

  /**
   * The earliest sendable instant at or after {@code at}: {@code at} itself when it is sendable,
   * else the minute quiet hours end or the next working day begins. Empty when there is none within
   * {@link #SEARCH_LIMIT}.
   */
  public Optional<Instant> nextSendableAtOrAfter(Instant at) {
    return nextSendable(at, at.plus(SEARCH_LIMIT));
  }

  /** The earliest sendable instant in {@code [atOrAfter, notAfter]}, if any. */
  public Optional<Instant> nextSendable(Instant atOrAfter, Instant notAfter) {
    return new SendableSearch(this).earliest(atOrAfter, notAfter);
  }

  /**
   * The latest sendable instant in {@code [notBefore, atOrBefore]}, if any: {@code atOrBefore}
   * itself when it is sendable, else the last whole minute before quiet hours began or the working
   * day ended.
   */
  public Optional<Instant> latestSendable(Instant atOrBefore, Instant notBefore) {
    return new SendableSearch(this).latest(atOrBefore, notBefore);
  }
}
