package dev.trellis.core.directory;

import java.util.Objects;
import java.util.UUID;

/** A person's stable id inside Trellis; emails and platform ids may change, this does not. */
public record PersonId(String value) {

  public PersonId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("PersonId must not be blank");
    }
  }

  public static PersonId random() {
    return new PersonId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
