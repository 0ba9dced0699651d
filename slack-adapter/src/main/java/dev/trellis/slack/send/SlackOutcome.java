package dev.trellis.slack.send;

import dev.trellis.core.message.Delivery;
import java.util.Objects;
import java.util.Optional;

/** What came of one Web API call: Slack's answer, or why there is none. */
public sealed interface SlackOutcome<T> {

  /** Slack answered {@code ok:true}. */
  record Done<T>(T response) implements SlackOutcome<T> {
    public Done {
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * No answer to use: {@code delivery} is a {@link Delivery.RetryLater} or a {@link
   * Delivery.Failed}; {@code slackError} is Slack's error code when it gave one.
   */
  record NotDone<T>(Delivery delivery, Optional<String> slackError) implements SlackOutcome<T> {
    public NotDone {
      Objects.requireNonNull(slackError, "slackError");
      if (delivery instanceof Delivery.Delivered) {
        throw new IllegalArgumentException("NotDone needs a delivery that did not happen");
      }
    }
  }
}
