package dev.trellis.core.outbox;

import dev.trellis.core.message.Recipient;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Recipients a platform said cannot be reached (a deactivated account, a user not found), so that
 * later messages to them go straight to the dead letters instead of being tried again and again. A
 * person who acts on that platform again is reachable again.
 */
public interface UnreachableRecipients {

  /** Those of {@code recipients} marked unreachable. */
  Set<Recipient> among(Collection<Recipient> recipients);

  void mark(Recipient recipient, String reason, Instant at);

  void clear(Recipient recipient);

  /** For services and tests that keep no such list. */
  UnreachableRecipients NONE =
      new UnreachableRecipients() {
        @Override
        public Set<Recipient> among(Collection<Recipient> recipients) {
          return Set.of();
        }

        @Override
        public void mark(Recipient recipient, String reason, Instant at) {}

        @Override
        public void clear(Recipient recipient) {}
      };
}
