package dev.trellis.core.reflection;

import java.util.UUID;

/** The id of one prompt sent to one person. */
public record PromptId(String value) {
  public PromptId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new IllegalArgumentException("Not a prompt id: '" + value + "'");
    }
  }

  public static PromptId random() {
    return new PromptId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
