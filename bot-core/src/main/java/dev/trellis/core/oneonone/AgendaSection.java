package dev.trellis.core.oneonone;

/** A titled part of an agenda, in plain text. */
public record AgendaSection(String title, String body) {

  public AgendaSection {
    if (title == null || title.isBlank() || body == null || body.isBlank()) {
      throw new IllegalArgumentException("An agenda section needs a title and a body");
    }
  }
}
