package dev.trellis.teams;

import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the bot reaches one person on Teams: their 1:1 conversation with the bot, as the Bot
 * Framework hands it out when the bot is installed or messaged (a conversation reference).
 *
 * @param aadObjectId the person's Azure AD object id
 * @param serviceUrl the Bot Framework connector endpoint for this conversation
 * @param conversationId the 1:1 conversation's id
 * @param tenantId the Microsoft 365 tenant (the org)
 * @param botId the bot's id in the conversation ({@code 28:<app id>})
 * @param userId the person's id in the conversation ({@code 29:…})
 */
public record TeamsConversation(
    OrgId orgId,
    String aadObjectId,
    String serviceUrl,
    String conversationId,
    String tenantId,
    String botId,
    String userId,
    Instant savedAt) {

  public TeamsConversation {
    Objects.requireNonNull(orgId, "orgId");
    for (String value :
        new String[] {aadObjectId, serviceUrl, conversationId, tenantId, botId, userId}) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            "A Teams conversation needs every id and its service URL");
      }
    }
    Objects.requireNonNull(savedAt, "savedAt");
  }
}
