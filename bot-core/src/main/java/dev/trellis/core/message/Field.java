package dev.trellis.core.message;

/** A labelled value shown beside others (a 1:1's time, a goal's next step). */
public record Field(String label, String value) {
  public Field {
    if (label == null || label.isBlank() || value == null) {
      throw new IllegalArgumentException("A field needs a label and a value");
    }
  }
}
