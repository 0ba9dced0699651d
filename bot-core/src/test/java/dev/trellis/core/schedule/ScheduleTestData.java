package dev.trellis.core.schedule;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Builders that start from a valid default, and the zones the tests walk through. */
public final class ScheduleTestData {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  public static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  public static final OrgId ORG = new OrgId("acme");
  public static final PersonId MANAGER = new PersonId("manager-1");
  public static final PersonId REPORT = new PersonId("report-1");
  public static final OneOnOneId ONE_ON_ONE = new OneOnOneId("one-on-one-1");

  private ScheduleTestData() {}

  public static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  public static ZonedDateTime local(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone);
  }

  public static PlanningWindow window(String from, String to, ZoneId zone) {
    return PlanningWindow.between(at(from, zone), at(to, zone));
  }

  /** Weekly, Thursday 14:00 Berlin, 30 minutes, from Thursday 2026-01-08. */
  public static OneOnOneBuilder aOneOnOne() {
    return new OneOnOneBuilder();
  }

  /** Berlin, Monday to Friday, quiet 19:00-08:00, no holidays, not paused. */
  public static AvailabilityBuilder anAvailability() {
    return new AvailabilityBuilder();
  }

  public static final class OneOnOneBuilder {
    private Cadence cadence = Cadence.WEEKLY;
    private LocalTime startTime = LocalTime.of(14, 0);
    private Duration duration = Duration.ofMinutes(30);
    private ZoneId zone = BERLIN;
    private LocalDate firstDate = LocalDate.of(2026, 1, 8);

    public OneOnOneBuilder cadence(Cadence cadence) {
      this.cadence = cadence;
      return this;
    }

    public OneOnOneBuilder at(String startTime) {
      this.startTime = LocalTime.parse(startTime);
      return this;
    }

    public OneOnOneBuilder lasting(Duration duration) {
      this.duration = duration;
      return this;
    }

    public OneOnOneBuilder in(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /** Also sets the weekday: it is the first date's. */
    public OneOnOneBuilder from(String firstDate) {
      this.firstDate = LocalDate.parse(firstDate);
      return this;
    }

    public OneOnOne build() {
      return new OneOnOne(
          ONE_ON_ONE,
          ORG,
          MANAGER,
          REPORT,
          cadence,
          firstDate.getDayOfWeek(),
          startTime,
          duration,
          zone,
          firstDate);
    }
  }

  public static final class AvailabilityBuilder {
    private ZoneId zone = BERLIN;
    private WorkingDays workingDays = WorkingDays.MONDAY_TO_FRIDAY;
    private QuietHours quietHours = QuietHours.DEFAULT;
    private final Set<LocalDate> holidays = new HashSet<>();
    private Optional<LocalDate> pausedUntil = Optional.empty();

    public AvailabilityBuilder in(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    public AvailabilityBuilder working(DayOfWeek first, DayOfWeek... rest) {
      this.workingDays = new WorkingDays(EnumSet.of(first, rest));
      return this;
    }

    public AvailabilityBuilder quiet(String startToEnd) {
      this.quietHours = QuietHours.parse(startToEnd).orElseThrow();
      return this;
    }

    public AvailabilityBuilder holiday(String date) {
      this.holidays.add(LocalDate.parse(date));
      return this;
    }

    public AvailabilityBuilder pausedUntil(String date) {
      this.pausedUntil = Optional.of(LocalDate.parse(date));
      return this;
    }

    public Availability build() {
      return new Availability(zone, workingDays, quietHours, holidays, pausedUntil);
    }
  }
}
