package dev.trellis.core.outbox;

import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message waiting in the outbox, or being sent. {@code key} makes it unique: the same key is
 * never sent twice, however often it is enqueued.
 */
public record OutboxEntry(
    DedupeKey key,
    Recipient recipient,
    OutboundMessage message,
    Instant createdAt,
    Instant nextAttemptAt,
    int attempts,
    Optional<String> lastError) {

  public OutboxEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  public static OutboxEntry fresh(
      DedupeKey key, Recipient recipient, OutboundMessage message, Instant now) {
    return new OutboxEntry(key, recipient, message, now, now, 0, Optional.empty());
  }
}
