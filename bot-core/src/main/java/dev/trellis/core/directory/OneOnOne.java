package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A recurring meeting between a manager and a report. {@code firstDate} anchors the cadence: a
 * biweekly 1:1 happens on the weeks an even number of weeks after it, a monthly one on the same
 * ordinal weekday of each month (the 1st to 4th Wednesday, say).
 */
public record OneOnOne(
    OneOnOneId id,
    OrgId orgId,
    PersonId managerId,
    PersonId reportId,
    Cadence cadence,
    DayOfWeek weekday,
    LocalTime startTime,
    Duration duration,
    ZoneId timeZone,
    LocalDate firstDate) {

  public static final Duration MIN_DURATION = Duration.ofMinutes(15);
  public static final Duration MAX_DURATION = Duration.ofHours(8);

  public OneOnOne {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(managerId, "managerId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(firstDate, "firstDate");
    if (managerId.equals(reportId)) {
      throw new IllegalArgumentException("A 1:1 needs two different people");
    }
    if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException("A 1:1 lasts 15 minutes to 8 hours, not " + duration);
    }
    if (firstDate.getDayOfWeek() != weekday) {
      throw new IllegalArgumentException(
          "First date " + firstDate + " is not a " + weekday + " as the 1:1's weekday says");
    }
  }
}
