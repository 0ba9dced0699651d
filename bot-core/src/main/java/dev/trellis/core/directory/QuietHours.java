package dev.trellis.core.directory;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Local hours in which Trellis sends a person nothing. The window may wrap midnight (19:00-08:00);
 * equal start and end mean no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(19, 0), LocalTime.of(8, 0));
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public boolean contains(LocalTime time) {
    if (start.equals(end)) {
      return false;
    }
    if (start.isBefore(end)) {
      return !time.isBefore(start) && time.isBefore(end);
    }
    return !time.isBefore(start) || time.isBefore(end);
  }

  /** Parses "19:00-08:00"; empty when malformed. */
  public static Optional<QuietHours> parse(String text) {
    String[] parts = text.trim().split("\\s*-\\s*");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new QuietHours(LocalTime.parse(parts[0], HH_MM), LocalTime.parse(parts[1], HH_MM)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
