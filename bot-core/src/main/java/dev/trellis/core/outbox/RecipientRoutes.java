package dev.trellis.core.outbox;

import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the outbox sends a person's message, decided when it is sent rather than when it was
 * queued: a message stores its person, and the platform that reaches them best now is tried first,
 * the other one after it. {@code connected} are the platforms this service can send on.
 */
public interface RecipientRoutes {

  /**
   * For each of {@code stored} (one person's recipient, never a group), their addresses in the
   * order to try; a recipient missing from the answer is tried as stored.
   */
  Map<Recipient, List<Recipient>> routes(Collection<Recipient> stored, Set<Platform> connected);

  /** Every message goes where it was addressed when queued. */
  RecipientRoutes AS_STORED = (stored, connected) -> Map.of();
}
