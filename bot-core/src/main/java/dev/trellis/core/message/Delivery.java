package dev.trellis.core.message;

import java.time.Duration;
import java.util.Objects;

/** What a platform did with a message. */
public sealed interface Delivery {

  /** Delivered; {@code ref} lets the message be updated later. */
  record Delivered(MessageRef ref) implements Delivery {}

  /**
   * Not now. {@code throttled} means the platform asked us to slow down (HTTP 429): that delays a
   * message but never counts towards giving up on it. Otherwise it was a passing failure (5xx, a
   * timeout), and repeated ones end in the dead-letter state. {@code retryAfter} is the platform's
   * hint, zero when it gave none.
   */
  record RetryLater(Duration retryAfter, boolean throttled, String reason) implements Delivery {
    public RetryLater {
      Objects.requireNonNull(retryAfter, "retryAfter");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative");
      }
    }

    public static RetryLater throttled(Duration retryAfter) {
      return new RetryLater(retryAfter, true, "rate limited");
    }

    public static RetryLater transientFailure(String reason) {
      return new RetryLater(Duration.ZERO, false, reason);
    }
  }

  /**
   * Never: the person cannot be reached there (deactivated, app uninstalled) or the message was
   * refused as invalid. Retrying would not help.
   */
  record Failed(String reason, boolean recipientUnreachable) implements Delivery {}
}
