package dev.trellis.teams.send;

import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Teams message references: {@code conversationId|activityId}, each percent-encoded so that neither
 * can contain the separator.
 */
public final class TeamsMessageRefs {

  private TeamsMessageRefs() {}

  public static MessageRef of(String conversationId, String activityId) {
    return new MessageRef(Platform.TEAMS, encode(conversationId) + "|" + encode(activityId));
  }

  /**
   * A message the connector accepted without saying its activity id: it cannot be updated, and
   * {@link #parse} answers empty for it.
   */
  public static MessageRef withoutActivity(String conversationId) {
    return new MessageRef(Platform.TEAMS, encode(conversationId) + "|");
  }

  /** The conversation and activity of a reference; empty when it is not a Teams one. */
  public static Optional<Sent> parse(MessageRef ref) {
    if (ref.platform() != Platform.TEAMS) {
      return Optional.empty();
    }
    String[] parts = ref.value().split("\\|", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Sent(decode(parts[0]), decode(parts[1])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Where a message went. */
  public record Sent(String conversationId, String activityId) {}

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
