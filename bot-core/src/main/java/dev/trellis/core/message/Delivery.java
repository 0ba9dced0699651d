package dev.trellis.core.message;

import java.time.Duration;
import java.util.Objects;

/** What a platform did with a message. */
public sealed interface Delivery {

  /** Delivered; {@code ref} lets the message be updated later. */
  record Delivered(MessageRef ref) implements Delivery {}

  /**
   * Not now: rate limited or a passing failure. {@code retryAfter} is the platform's hint, zero
   * when it gave none.
   */
  record RetryLater(Duration retryAfter, String reason) implements Delivery {
    public RetryLater {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /**
   * Never: the person cannot be reached there (deactivated, app uninstalled) or the message was
   * refused as invalid. Retrying would not help.
   */
  record Failed(String reason, boolean recipientUnreachable) implements Delivery {}
}
