package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Opens the bot's 1:1 conversation with a member of a team it is installed in, who has not talked
 * to it yet ({@code POST {serviceUrl}/v3/conversations}), and stores it so that {@link
 * TeamsPlatform} can reach them. Opening an existing conversation again answers the same id, so
 * calling this twice is harmless.
 */
public final class TeamsOneToOne {

  /**
   * A team member as the roster gives them.
   *
   * @param userId their id in Teams conversations ({@code 29:…})
   * @param aadObjectId their Azure AD object id (what Trellis addresses them by)
   */
  public record Member(String userId, String aadObjectId) {
    public Member {
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(aadObjectId, "aadObjectId");
    }
  }

  private final TeamsConnector connector;
  private final TeamsConversations conversations;
  private final TeamsRateLimits limits;
  private final Clock clock;

  public TeamsOneToOne(
      TeamsConnector connector,
      TeamsConversations conversations,
      TeamsRateLimits limits,
      Clock clock) {
    this.connector = connector;
    this.conversations = conversations;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Opens and stores the member's conversation.
   *
   * @param botId the bot's id in the team ({@code 28:<app id>})
   * @throws NotOpenedException with what the connector said (throttled, a passing failure, or
   *     refused), mapped as for a message
   */
  public TeamsConversation open(
      OrgId orgId, String serviceUrl, String tenantId, String botId, Member member)
      throws NotOpenedException {
    Duration wait = limits.tryAcquire(tenantId);
    if (!wait.isZero()) {
      throw new NotOpenedException(Delivery.RetryLater.throttled(wait));
    }
    ObjectNode body = TeamsConnector.object();
    body.putObject("bot").put("id", botId);
    body.putArray("members").addObject().put("id", member.userId());
    body.put("tenantId", tenantId);
    body.putObject("channelData").putObject("tenant").put("id", tenantId);
    body.put("isGroup", false);
    ConnectorResponse response;
    try {
      response = connector.post(serviceUrl, "/v3/conversations", body);
    } catch (TeamsConnector.ConnectorUnavailableException e) {
      throw new NotOpenedException(Delivery.RetryLater.transientFailure(e.getMessage()));
    }
    if (!response.isSuccess()) {
      throw new NotOpenedException(ConnectorErrors.toDelivery(response));
    }
    String conversationId = TeamsConnector.parse(response.body()).path("id").asText("");
    if (conversationId.isBlank()) {
      throw new NotOpenedException(
          new Delivery.Failed("Teams connector answered without a conversation id", false));
    }
    TeamsConversation conversation =
        new TeamsConversation(
            orgId,
            member.aadObjectId(),
            serviceUrl,
            conversationId,
            tenantId,
            botId,
            member.userId(),
            clock.instant());
    conversations.save(conversation);
    return conversation;
  }

  /** The conversation was not opened; {@link #outcome()} says whether to try again. */
  public static final class NotOpenedException extends Exception {
    private final transient Delivery outcome;

    NotOpenedException(Delivery outcome) {
      super(reason(outcome));
      this.outcome = outcome;
    }

    /** A {@link Delivery.RetryLater} or a {@link Delivery.Failed}. */
    public Delivery outcome() {
      return outcome;
    }

    private static String reason(Delivery outcome) {
      if (outcome instanceof Delivery.RetryLater later) {
        return later.reason();
      }
      if (outcome instanceof Delivery.Failed failed) {
        return failed.reason();
      }
      return "not opened";
    }
  }
}
