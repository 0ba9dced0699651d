package dev.trellis.core.schedule;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.step.ReflectionCadence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for property tests: zones with whole-hour, half-hour, 45-minute and 30-minute-DST
 * offsets, arbitrary quiet hours (wrapping midnight or not), working days, holidays and pauses near
 * the planning window, and windows spread over 2026 so every clock change is crossed.
 */
public final class ScheduleArbitraries {

  public static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"));

  private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final int MINUTES_A_DAY = 24 * 60;

  private ScheduleArbitraries() {}

  public static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  /** Up to 40 days, starting anywhere in 2026 at any second. */
  public static Arbitrary<PlanningWindow> windows() {
    Arbitrary<Instant> from =
        Arbitraries.longs().between(0, 366L * 24 * 3600).map(YEAR_START::plusSeconds);
    Arbitrary<Duration> length =
        Arbitraries.longs().between(0, 40L * MINUTES_A_DAY).map(Duration::ofMinutes);
    return Combinators.combine(from, length).as((f, l) -> new PlanningWindow(f, f.plus(l)));
  }

  public static Arbitrary<LocalTime> minutesOfDay() {
    return Arbitraries.integers()
        .between(0, MINUTES_A_DAY - 1)
        .map(m -> LocalTime.of(m / 60, m % 60));
  }

  /** Mostly arbitrary (wrapping midnight or not, or none), sometimes the 19:00-08:00 default. */
  public static Arbitrary<QuietHours> quietHours() {
    Arbitrary<QuietHours> any =
        Combinators.combine(minutesOfDay(), minutesOfDay()).as(QuietHours::new);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(QuietHours.DEFAULT)), Tuple.of(3, any));
  }

  public static Arbitrary<WorkingDays> workingDays() {
    return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).map(WorkingDays::new);
  }

  /** An availability whose holidays and pause lie within a few weeks of {@code near}. */
  public static Arbitrary<Availability> availabilitiesNear(Instant near) {
    LocalDate around = near.atZone(ZoneOffset.UTC).toLocalDate();
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(-20, 50).map(around::plusDays);
    Arbitrary<Set<LocalDate>> holidays = dates.set().ofMaxSize(12);
    Arbitrary<Optional<LocalDate>> pause = dates.optional(0.3);
    return Combinators.combine(zones(), workingDays(), quietHours(), holidays, pause)
        .as(Availability::new);
  }

  /** A 1:1 that started up to a year and a half before {@code near}, or a little after it. */
  public static Arbitrary<OneOnOne> oneOnOnesNear(Instant near) {
    LocalDate around = near.atZone(ZoneOffset.UTC).toLocalDate();
    Arbitrary<LocalDate> firstDate = Arbitraries.integers().between(-550, 30).map(around::plusDays);
    Arbitrary<Duration> duration =
        Arbitraries.integers().between(3, 96).map(fives -> Duration.ofMinutes(5L * fives));
    return Combinators.combine(
            Arbitraries.of(Cadence.class), firstDate, minutesOfDay(), duration, zones())
        .as(
            (cadence, first, start, length, zone) ->
                ScheduleTestData.aOneOnOne()
                    .cadence(cadence)
                    .from(first.toString())
                    .at(start.toString())
                    .lasting(length)
                    .in(zone)
                    .build());
  }

  public static Arbitrary<ReflectionCadence> reflectionCadences() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4), Arbitraries.of(DayOfWeek.class), minutesOfDay())
        .as(ReflectionCadence::new);
  }
}
