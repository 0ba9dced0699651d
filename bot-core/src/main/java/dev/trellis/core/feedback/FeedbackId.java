package dev.trellis.core.feedback;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** One feedback request, or one feedback given unasked. */
public record FeedbackId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,64}");

  public FeedbackId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a feedback id: '" + value + "'");
    }
  }

  static FeedbackId fresh() {
    return new FeedbackId(UUID.randomUUID().toString());
  }

  /** The id a button or form carried back; empty when it is not one. */
  static Optional<FeedbackId> read(String value) {
    return value != null && SHAPE.matcher(value).matches()
        ? Optional.of(new FeedbackId(value))
        : Optional.empty();
  }
}
