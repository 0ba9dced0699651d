package dev.trellis.core.question;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a development question is about. */
public enum Theme {
  /** Where the person wants their career to go, and how today's work fits. */
  ASPIRATIONS,
  /** Strengths and talents, used and unused. */
  SKILLS,
  /** How the person learns and grows next. */
  LEARNING,
  /** Asking for feedback, not only waiting for it. */
  FEEDBACK,
  /** Getting to know people beyond one's own team. */
  NETWORKS,
  /** The career lattice: lateral moves, stretch projects, mentoring. */
  LATTICE;

  /** The theme's name in lower case, as in the question bundle's keys ({@code lattice.2}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a theme from user input in any case; empty when it names none. */
  public static Optional<Theme> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip();
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst();
  }

  /** Every theme's key, comma-separated, for messages that say what is allowed. */
  public static String keys() {
    return Arrays.stream(values()).map(Theme::key).collect(Collectors.joining(", "));
  }
}
