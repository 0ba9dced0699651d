package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * Free text a person typed in their direct conversation with the bot. A message without text (only
 * an image, say) is not a reply: the adapter drops it.
 */
public record TextReply(
    OrgId orgId, PersonId personId, Platform platform, Instant receivedAt, String text)
    implements Interaction {

  public TextReply {
    Interactions.requireOrigin(orgId, personId, platform, receivedAt);
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("A text reply needs text");
    }
  }
}
