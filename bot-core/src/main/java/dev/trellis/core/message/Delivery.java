package dev.trellis.core.message;

import java.time.Duration;
import java.util.Objects;

/** What a platform did with a message. */
public sealed interface Delivery {

  /** Delivered; {@code ref} lets the message be updated later. */
  record Delivered(MessageRef ref) implements Delivery {}

  /**
   * Not now. {@code throttled} means the platform, or Trellis's own copy of its limits, asked us to
   * slow down: that delays a message but never counts towards giving up on it. Otherwise it was a
   * passing failure (5xx, a timeout), and repeated ones end in the dead-letter state. {@code
   * retryAfter} is the platform's hint, zero when it gave none. {@code holds} says what a throttle
   * holds back.
   */
  record RetryLater(Duration retryAfter, boolean throttled, String reason, Holds holds)
      implements Delivery {
    public RetryLater {
      Objects.requireNonNull(retryAfter, "retryAfter");
      Objects.requireNonNull(holds, "holds");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative");
      }
    }

    /** A wait that holds back the whole org. */
    public RetryLater(Duration retryAfter, boolean throttled, String reason) {
      this(retryAfter, throttled, reason, Holds.ORG);
    }

    public static RetryLater throttled(Duration retryAfter) {
      return new RetryLater(retryAfter, true, "rate limited");
    }

    public static RetryLater transientFailure(String reason) {
      return new RetryLater(Duration.ZERO, false, reason);
    }

    /** The same wait, holding back only what {@code holds} says. */
    public RetryLater holding(Holds holds) {
      return new RetryLater(retryAfter, throttled, reason, holds);
    }
  }

  /**
   * What a throttle holds back. {@code ORG}: every message of the org waits (a workspace-wide or
   * tenant-wide limit that every message needs). {@code MESSAGE}: only this message waits, and any
   * other that needs the same limit (one method, one conversation), which is told so when tried;
   * the rest of the org goes on.
   */
  enum Holds {
    ORG,
    MESSAGE
  }

  /**
   * Never: the person cannot be reached there (deactivated, app uninstalled) or the message was
   * refused as invalid. Retrying would not help.
   */
  record Failed(String reason, boolean recipientUnreachable) implements Delivery {}
}
