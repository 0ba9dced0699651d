package dev.trellis.core.reflection;

import java.util.UUID;

/** The id of a stored answer. */
public record ReflectionId(String value) {
  public ReflectionId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new IllegalArgumentException("Not a reflection id: '" + value + "'");
    }
  }

  public static ReflectionId random() {
    return new ReflectionId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
