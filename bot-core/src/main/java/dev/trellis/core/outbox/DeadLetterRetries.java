package dev.trellis.core.outbox;

import dev.trellis.core.org.OrgId;
import java.time.Instant;

/**
 * Puts a dead letter back in the outbox, due at once and from its first attempt, when an admin asks
 * for it (the platform that refused it may work again).
 */
public interface DeadLetterRetries {

  enum Result {
    /** The message waits in the outbox again and the dead letter is gone. */
    QUEUED,
    /** The org has no dead letter with that key. */
    NOT_FOUND,
    /** The dead letter kept no message to send (given up before it was kept, or unreadable). */
    NOTHING_TO_SEND
  }

  Result retry(OrgId orgId, DedupeKey key, Instant now);
}
