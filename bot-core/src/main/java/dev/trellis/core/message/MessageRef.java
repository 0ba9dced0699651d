package dev.trellis.core.message;

import java.util.Objects;

/**
 * Where a delivered message lives on its platform (a Slack channel and timestamp, a Teams
 * conversation and activity id), so it can be updated later. Opaque to the engine.
 */
public record MessageRef(Platform platform, String value) {
  public MessageRef {
    Objects.requireNonNull(platform, "platform");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A message reference needs a value");
    }
  }
}
