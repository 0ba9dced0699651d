package dev.trellis.core.outbox;

import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Platform;
import java.time.Instant;

/** What became of one try to send a message; the org's sender records it. */
sealed interface Attempted {

  /** The platform of the address tried last, for the metrics. */
  Platform platform();

  record Sent(Platform platform, Outbox.Sent sent) implements Attempted {}

  /** A rate limit: wait until {@code until}, holding back what {@code holds} says. */
  record Held(Platform platform, Instant until, Delivery.Holds holds, String reason)
      implements Attempted {}

  /** A passing failure: try again at {@code at}, counting an attempt. */
  record Retry(Platform platform, Instant at, String reason) implements Attempted {}

  record Dead(Platform platform, String reason) implements Attempted {}
}
