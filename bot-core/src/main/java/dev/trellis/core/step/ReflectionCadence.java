package dev.trellis.core.step;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * How often a person gets a reflection prompt: every {@code everyNWeeks} weeks, on a weekday, at a
 * local time in their own zone. The default is weekly, Friday 15:00. One of a person's own
 * settings; the reflection feature plans the prompts by it.
 *
 * <p>With more than one week between prompts, the prompt weeks are the ISO weeks (Monday to Sunday)
 * counted from the week of 1970-01-01 that are a multiple of {@code everyNWeeks}: fixed and the
 * same for everyone, so re-planning never shifts them.
 */
public record ReflectionCadence(int everyNWeeks, DayOfWeek weekday, LocalTime localTime) {

  public static final ReflectionCadence DEFAULT =
      new ReflectionCadence(1, DayOfWeek.FRIDAY, LocalTime.of(15, 0));
  public static final int MAX_WEEKS = 52;

  /** The Monday of ISO week 1970-W01. */
  private static final LocalDate FIRST_MONDAY = LocalDate.of(1969, 12, 29);

  public ReflectionCadence {
    Objects.requireNonNull(weekday, "weekday");
    Objects.requireNonNull(localTime, "localTime");
    if (everyNWeeks < 1 || everyNWeeks > MAX_WEEKS) {
      throw new IllegalArgumentException(
          "A reflection cadence is every 1 to " + MAX_WEEKS + " weeks, not " + everyNWeeks);
    }
  }

  /** Whether the ISO week that starts on {@code monday} has a prompt. */
  public boolean hasPromptInWeekOf(LocalDate monday) {
    long weeks = ChronoUnit.WEEKS.between(FIRST_MONDAY, monday);
    return Math.floorMod(weeks, everyNWeeks) == 0;
  }

  /** The cadence weekday in the ISO week that starts on {@code monday}. */
  public LocalDate dayInWeekOf(LocalDate monday) {
    return monday.plusDays(weekday.getValue() - 1L);
  }

  /** As people read it: "Every week on Friday at 15:00". */
  public String describe() {
    return (everyNWeeks() == 1 ? "Every week" : "Every " + everyNWeeks() + " weeks")
        + " on "
        + weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " at "
        + localTime();
  }
}
