package dev.trellis.core.inbox;

import dev.trellis.core.message.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request from a chat platform, kept from the moment it arrives until it has been handled, so
 * that acknowledging it fast never loses it.
 *
 * @param key the platform's unique id of the request (Slack's event id, say), so a platform's retry
 *     of the same request is recognised
 * @param kind what the adapter needs to read the payload back (a slash command, an event, …)
 * @param payload the request as the platform sent it; personal text, so stored encrypted
 * @param attempts how many times handling it failed so far
 * @param answer once its work is done (see {@link Inbox#workDone}), what is still to be delivered,
 *     as its handler wrote it: a request that has one is never worked on again, only delivered
 */
public record InboundRequest(
    String key,
    Platform platform,
    String kind,
    String payload,
    Instant receivedAt,
    int attempts,
    Optional<String> answer) {

  public static final int MAX_KEY_LENGTH = 300;

  public InboundRequest {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("An inbound request needs a key of 1-300 characters");
    }
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(answer, "answer");
  }

  /** A request whose work is not done yet. */
  public InboundRequest(
      String key,
      Platform platform,
      String kind,
      String payload,
      Instant receivedAt,
      int attempts) {
    this(key, platform, kind, payload, receivedAt, attempts, Optional.empty());
  }

  /** This request with its work done and {@code answer} still to be delivered. */
  public InboundRequest withAnswer(String answer) {
    return new InboundRequest(
        key, platform, kind, payload, receivedAt, attempts, Optional.of(answer));
  }

  public static InboundRequest fresh(
      String key, Platform platform, String kind, String payload, Instant receivedAt) {
    return new InboundRequest(key, platform, kind, payload, receivedAt, 0);
  }
}
