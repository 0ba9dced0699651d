package dev.trellis.teams.send;

import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.inbound.ReplyTo;
import dev.trellis.teams.inbound.TeamsPrivateChats;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person's stored 1:1 conversation with the bot; when there is none, one opened as the Bot
 * Framework opens a proactive 1:1 ({@code POST {serviceUrl}/v3/conversations} with the bot, the
 * person and the tenant, see {@link TeamsOneToOne}) and stored for what comes later.
 */
public final class ConnectorPrivateChats implements TeamsPrivateChats {

  private static final Logger log = LoggerFactory.getLogger(ConnectorPrivateChats.class);

  private final TeamsConversations conversations;
  private final TeamsOneToOne oneToOne;

  public ConnectorPrivateChats(TeamsConversations conversations, TeamsOneToOne oneToOne) {
    this.conversations = conversations;
    this.oneToOne = oneToOne;
  }

  @Override
  public Optional<ReplyTo> chatOf(OrgId orgId, String aadObjectId, String userId, ReplyTo asked)
      throws IOException {
    if (aadObjectId.isBlank()) {
      return Optional.empty();
    }
    Optional<TeamsConversation> stored = conversations.find(orgId, aadObjectId);
    if (stored.isPresent()) {
      return Optional.of(chat(stored.get()));
    }
    if (userId.isBlank() || asked.tenantId().isBlank() || asked.botId().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          chat(
              oneToOne.open(
                  orgId,
                  asked.serviceUrl(),
                  asked.tenantId(),
                  asked.botId(),
                  new TeamsOneToOne.Member(userId, aadObjectId))));
    } catch (TeamsOneToOne.NotOpenedException e) {
      if (e.outcome() instanceof Delivery.RetryLater) {
        throw new IOException("Teams did not open a 1:1 chat now: " + e.getMessage(), e);
      }
      log.info(
          "Teams would not open a person's 1:1 chat of org {}: {}", orgId.value(), e.getMessage());
      return Optional.empty();
    }
  }

  private static ReplyTo chat(TeamsConversation conversation) {
    return new ReplyTo(
        conversation.serviceUrl(),
        conversation.conversationId(),
        conversation.tenantId(),
        conversation.botId(),
        "",
        true);
  }
}
