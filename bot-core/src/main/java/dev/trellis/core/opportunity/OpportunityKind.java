package dev.trellis.core.opportunity;

import java.util.Locale;
import java.util.Optional;

/** What sort of chance to grow an opportunity is. */
public enum OpportunityKind {
  STRETCH_PROJECT("stretch", "Stretch project"),
  SHADOWING("shadowing", "Job shadowing"),
  MENTORING("mentoring", "Mentoring"),
  GIG("gig", "Gig"),
  ROLE("role", "Role");

  private final String word;
  private final String label;

  OpportunityKind(String word, String label) {
    this.word = word;
    this.label = label;
  }

  /** The word used in commands and CSV files, such as {@code stretch}. */
  public String word() {
    return word;
  }

  /** How it reads in messages, such as {@code Stretch project}. */
  public String label() {
    return label;
  }

  /**
   * Reads a kind in any case: its word ({@code stretch}), its name ({@code stretch_project}) or
   * label ({@code stretch project}, {@code stretch-project}); empty when it is none.
   */
  public static Optional<OpportunityKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    for (OpportunityKind kind : values()) {
      if (kind.word.equals(t)
          || kind.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(t)
          || kind.label.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
