package dev.trellis.core.directory;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The days of the week a person works; at least one. */
public record WorkingDays(Set<DayOfWeek> days) {

  public static final WorkingDays MONDAY_TO_FRIDAY =
      new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  public WorkingDays {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("At least one working day is needed");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  public static WorkingDays of(Collection<DayOfWeek> days) {
    return new WorkingDays(EnumSet.copyOf(days));
  }

  public boolean includes(DayOfWeek day) {
    return days.contains(day);
  }

  /** Days in week order, as Mon, Tue, ... */
  public List<String> shortNames() {
    return EnumSet.copyOf(days).stream()
        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** Parses "Mon", "monday", "MON" (English); empty when it is not a weekday. */
  public static Optional<DayOfWeek> parseDay(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      String full = day.name();
      if (t.equals(full) || (t.length() >= 3 && full.startsWith(t))) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }
}
