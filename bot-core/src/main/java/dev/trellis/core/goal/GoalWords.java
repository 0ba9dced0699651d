package dev.trellis.core.goal;

import dev.trellis.core.command.GoalDirection;
import java.time.Duration;
import java.time.Instant;

/** How goals read in messages: directions by name, excerpts, how long since a goal moved. */
final class GoalWords {

  private GoalWords() {}

  static String direction(GoalDirection direction) {
    return switch (direction) {
      case GROW -> "Grow in role";
      case LATERAL -> "Lateral move";
      case STRETCH -> "Stretch project";
      case MENTORING -> "Mentoring";
      case LEARNING -> "Learning";
    };
  }

  /** {@code moved today}, {@code moved 3 days ago}, {@code moved 5 weeks ago}, … */
  static String sinceMoved(Instant movedAt, Instant now) {
    long days = Math.max(0, Duration.between(movedAt, now).toDays());
    if (days == 0) {
      return "moved today";
    }
    if (days < 14) {
      return "moved " + days + (days == 1 ? " day ago" : " days ago");
    }
    if (days < 60) {
      return "moved " + days / 7 + " weeks ago";
    }
    return "moved " + days / 30 + " months ago";
  }

  static String excerpt(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
  }
}
