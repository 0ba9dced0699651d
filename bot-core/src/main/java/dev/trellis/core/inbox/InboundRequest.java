package dev.trellis.core.inbox;

import dev.trellis.core.message.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * A request from a chat platform, kept from the moment it arrives until it has been handled, so
 * that acknowledging it fast never loses it.
 *
 * @param key the platform's unique id of the request (Slack's event id, say), so a platform's retry
 *     of the same request is recognised
 * @param kind what the adapter needs to read the payload back (a slash command, an event, …)
 * @param payload the request as the platform sent it; personal text, so stored encrypted
 * @param attempts how many times handling it failed so far
 */
public record InboundRequest(
    String key, Platform platform, String kind, String payload, Instant receivedAt, int attempts) {

  public static final int MAX_KEY_LENGTH = 300;

  public InboundRequest {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("An inbound request needs a key of 1-300 characters");
    }
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  public static InboundRequest fresh(
      String key, Platform platform, String kind, String payload, Instant receivedAt) {
    return new InboundRequest(key, platform, kind, payload, receivedAt, 0);
  }
}
