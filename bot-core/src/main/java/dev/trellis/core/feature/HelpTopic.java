package dev.trellis.core.feature;

import java.util.Locale;
import java.util.Objects;

/**
 * A part of the help with its own topic: {@code help buddies} shows only it, {@code help} shows it
 * after the common lines. Written as typed on Slack ({@code /buddy status}); {@link HelpTexts}
 * writes it as typed on Teams.
 *
 * @param prefix what a typed topic starts with to mean this one ({@code budd} for buddy, buddies)
 */
public record HelpTopic(String prefix, String text) {
  public HelpTopic {
    Objects.requireNonNull(text, "text");
    if (prefix == null || prefix.isBlank() || !prefix.equals(prefix.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("A help topic needs a lower-case prefix: " + prefix);
    }
  }

  /** Whether {@code help <typed>} asks for this topic. */
  public boolean matches(String typed) {
    return typed.strip().toLowerCase(Locale.ROOT).startsWith(prefix);
  }
}
