package dev.trellis.core.privacy;

/**
 * A stored text that does not decrypt at its place: copied there from another document, field or
 * person, damaged, or written with another key. Its message names the place, never the text.
 */
public final class UnreadableTextException extends RuntimeException {

  private final transient TextPlace place;

  public UnreadableTextException(TextPlace place, String why) {
    super("The stored text at " + place + " cannot be read: " + why);
    this.place = place;
  }

  public TextPlace place() {
    return place;
  }
}
