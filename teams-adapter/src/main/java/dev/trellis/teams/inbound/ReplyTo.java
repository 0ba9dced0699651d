package dev.trellis.teams.inbound;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the answer to an activity goes: the conversation it came from, on the connector that sent
 * it. What a sender needs to post there ({@code POST
 * {serviceUrl}/v3/conversations/{id}/activities}) or to update a card in it ({@code PUT
 * …/activities/{cardActivityId}}).
 *
 * @param serviceUrl the connector endpoint of the activity ({@code activity.serviceUrl})
 * @param conversationId the conversation of the activity (a 1:1, a group chat or a channel thread)
 * @param tenantId the Microsoft 365 tenant
 * @param botId the bot's id in the conversation ({@code activity.recipient.id})
 * @param activityId the id of the activity being answered, to thread a reply to; may be empty
 * @param personal whether the conversation is the person's 1:1 with the bot
 */
public record ReplyTo(
    String serviceUrl,
    String conversationId,
    String tenantId,
    String botId,
    String activityId,
    boolean personal) {

  public ReplyTo {
    requireText(serviceUrl, "serviceUrl");
    requireText(conversationId, "conversationId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(botId, "botId");
    activityId = activityId == null ? "" : activityId;
  }

  /** The activity to thread to, when there is one. */
  public Optional<String> replyToActivity() {
    return Optional.of(activityId).filter(id -> !id.isBlank());
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A reply target needs its " + name);
    }
  }
}
