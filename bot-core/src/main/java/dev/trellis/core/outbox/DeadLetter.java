package dev.trellis.core.outbox;

import dev.trellis.core.message.Recipient;
import java.time.Instant;

/** A message the outbox gave up on, kept for admins to see. Carries no message text. */
public record DeadLetter(
    DedupeKey key, Recipient recipient, int attempts, String reason, Instant diedAt) {}
