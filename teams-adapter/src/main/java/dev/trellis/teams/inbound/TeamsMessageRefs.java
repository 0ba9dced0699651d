package dev.trellis.teams.inbound;

import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import java.util.Optional;

/**
 * A Teams message as the engine's {@link MessageRef}: {@code <conversation id>|<activity id>}.
 * Conversation ids hold {@code :}, {@code ;} and {@code @}, never {@code |}.
 */
public final class TeamsMessageRefs {

  private TeamsMessageRefs() {}

  public static MessageRef of(String conversationId, String activityId) {
    return new MessageRef(Platform.TEAMS, conversationId + "|" + activityId);
  }

  /** The conversation id and activity id of a Teams message reference. */
  public record Parts(String conversationId, String activityId) {}

  public static Optional<Parts> parse(MessageRef ref) {
    if (ref.platform() != Platform.TEAMS) {
      return Optional.empty();
    }
    int bar = ref.value().lastIndexOf('|');
    if (bar <= 0 || bar == ref.value().length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new Parts(ref.value().substring(0, bar), ref.value().substring(bar + 1)));
  }
}
