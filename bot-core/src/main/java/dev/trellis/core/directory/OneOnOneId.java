package dev.trellis.core.directory;

import java.util.Objects;
import java.util.UUID;

/** The id of a recurring 1:1. */
public record OneOnOneId(String value) {

  public OneOnOneId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("OneOnOneId must not be blank");
    }
  }

  public static OneOnOneId random() {
    return new OneOnOneId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
