package dev.trellis.core.outbox;

import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
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

  default void clear(Recipient recipient) {
    clear(recipient.orgId(), recipient.platform(), recipient.address());
  }

  /** The person at this address on this platform can be reached again (they installed the bot). */
  void clear(OrgId orgId, Platform platform, String address);

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
        public void clear(OrgId orgId, Platform platform, String address) {}
      };
}
