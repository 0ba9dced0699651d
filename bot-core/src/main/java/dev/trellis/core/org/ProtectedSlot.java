package dev.trellis.core.org;

import dev.trellis.core.org.OrgSettings.InvalidOrgSettingException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weekly stretch of local time the org keeps free for development (Friday 13:00 to 17:00), read
 * in each person's own zone: Trellis sends nothing then but the slot's own reminder. Written as an
 * admin types it ({@code "FRI"}, {@code "13:00"}); {@link #day()}, {@link #start()} and {@link
 * #end()} read it. It starts and ends on the same day.
 */
public record ProtectedSlot(String weekday, String from, String to) {

  private static final String FIELD = "devTime.protectedSlot.";
  private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  public ProtectedSlot {
    weekday = weekday == null ? null : weekday.strip().toUpperCase(Locale.ROOT);
    if (weekday == null || dayOf(weekday) == null) {
      throw new InvalidOrgSettingException(
          FIELD + "weekday", "is one of MON, TUE, WED, THU, FRI, SAT, SUN, not " + quoted(weekday));
    }
    LocalTime start = time(from, "from");
    LocalTime end = time(to, "to");
    if (!start.isBefore(end)) {
      throw new InvalidOrgSettingException(
          FIELD + "to", "is after 'from' (" + from + ") on the same day, not " + quoted(to));
    }
  }

  public DayOfWeek day() {
    return dayOf(weekday);
  }

  public LocalTime start() {
    return LocalTime.parse(from);
  }

  public LocalTime end() {
    return LocalTime.parse(to);
  }

  /** Whether a local date and time falls in the slot (its start included, its end not). */
  public boolean contains(LocalDateTime local) {
    LocalTime time = local.toLocalTime();
    return local.getDayOfWeek() == day() && !time.isBefore(start()) && time.isBefore(end());
  }

  /** {@code Fri 13:00-17:00}. */
  public String describe() {
    String name = day().name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT) + " " + from + "-" + to;
  }

  private static DayOfWeek dayOf(String weekday) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(weekday) && weekday.length() == 3) {
        return day;
      }
    }
    return null;
  }

  private static LocalTime time(String value, String field) {
    if (value == null || !HH_MM.matcher(value).matches()) {
      throw new InvalidOrgSettingException(
          FIELD + field, "is a local time written HH:mm, such as 13:00, not " + quoted(value));
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidOrgSettingException(FIELD + field, "is not a time: " + quoted(value));
    }
  }

  private static String quoted(String value) {
    return value == null ? "nothing" : "'" + value + "'";
  }
}
