package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends to people on Teams, proactively, in their stored 1:1 conversation with the bot: a message
 * activity with one Adaptive Card and the plain-text fallback as its text, through the Bot
 * Framework connector. Teams has no trigger-bound modals here, so a form goes out as a card.
 *
 * <p>With no stored conversation the person has not installed the bot (or removed it): that is
 * {@code Failed(…, unreachable)}, since retrying cannot help and the person becomes reachable again
 * when they act on Teams (installing the app stores a conversation).
 *
 * <p>A group recipient is not sent to: see {@link #NO_GROUP_CHATS}.
 */
public final class TeamsPlatform implements ChatPlatform {

  static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
  static final String NO_CONVERSATION = "no Teams conversation with this person";

  /**
   * The answer to a message for a group recipient. Opening a group chat needs more of Teams than
   * Trellis asks for (a chat created in the person's name, not the bot's); a group message is a
   * bonus next to each member's own, so it fails for good without making anyone unreachable.
   */
  static final Delivery.Failed NO_GROUP_CHATS =
      new Delivery.Failed("Teams group chats are not opened by Trellis", false);

  private static final Logger log = LoggerFactory.getLogger(TeamsPlatform.class);

  private final TeamsConnector connector;
  private final TeamsConversations conversations;
  private final CardRenderer renderer;
  private final TeamsRateLimits limits;
  private final Clock clock;
  private final AttachedFiles files;
  private final boolean linksOnly;

  public TeamsPlatform(
      TeamsConnector connector,
      TeamsConversations conversations,
      CardRenderer renderer,
      TeamsRateLimits limits,
      Clock clock) {
    this(connector, conversations, renderer, limits, clock, AttachedFiles.NONE, false);
  }

  /**
   * {@code files}: where a message's attached file is read; {@code linksOnly}: send a one-time link
   * instead of a file consent card (local testing: the Agents Playground cannot take a file).
   */
  public TeamsPlatform(
      TeamsConnector connector,
      TeamsConversations conversations,
      CardRenderer renderer,
      TeamsRateLimits limits,
      Clock clock,
      AttachedFiles files,
      boolean linksOnly) {
    this.connector = connector;
    this.conversations = conversations;
    this.renderer = renderer;
    this.limits = limits;
    this.clock = clock;
    this.files = files;
    this.linksOnly = linksOnly;
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  @Override
  public Delivery deliver(Recipient recipient, OutboundMessage message) {
    if (recipient.isGroup()) {
      return NO_GROUP_CHATS;
    }
    if (message.file().isPresent()) {
      return deliverWithFile(recipient, message, message.file().get());
    }
    return send(recipient, renderer.card(message), renderer.fallback(message));
  }

  /**
   * A file goes as a file consent card: once the person accepts, {@link TeamsFileConsents} uploads
   * it. Where Teams cannot take a file (local testing), the message goes with a one-time link.
   */
  private Delivery deliverWithFile(
      Recipient recipient, OutboundMessage message, FileAttachment file) {
    Optional<byte[]> bytes = files.bytes(recipient.orgId(), file.id());
    if (bytes.isEmpty()) {
      return deliver(recipient, OutboundMessage.builder(AttachedFiles.expired()).build());
    }
    if (linksOnly) {
      String text =
          files
              .link(recipient.orgId(), file.id())
              .map(l -> message.text() + "\n\n" + AttachedFiles.linkLine(l))
              .orElse(AttachedFiles.expired());
      return deliver(recipient, OutboundMessage.builder(text).build());
    }
    return send(recipient, TeamsFileCards.consent(message.fallback(), file, bytes.get().length));
  }

  @Override
  public Delivery openForm(Recipient recipient, Form form, String trigger) {
    if (recipient.isGroup()) {
      return NO_GROUP_CHATS;
    }
    return send(recipient, renderer.form(form), form.title());
  }

  @Override
  public Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message) {
    if (recipient.isGroup()) {
      return NO_GROUP_CHATS;
    }
    Optional<TeamsMessageRefs.Sent> sent = TeamsMessageRefs.parse(ref);
    if (sent.isEmpty()) {
      return new Delivery.Failed("not a Teams message reference", false);
    }
    Optional<TeamsConversation> conversation = conversationOf(recipient);
    if (conversation.isEmpty()) {
      return new Delivery.Failed(NO_CONVERSATION, true);
    }
    TeamsConversation c = conversation.get();
    String conversationId = sent.get().conversationId();
    String activityId = sent.get().activityId();
    Optional<Delivery> wait = throttle(c.tenantId(), conversationId);
    if (wait.isPresent()) {
      return wait.get();
    }
    ObjectNode activity = activity(renderer.card(message), renderer.fallback(message));
    activity.put("id", activityId);
    String path =
        "/v3/conversations/"
            + TeamsConnector.segment(conversationId)
            + "/activities/"
            + TeamsConnector.segment(activityId);
    try {
      ConnectorResponse response = connector.put(c.serviceUrl(), path, activity);
      if (response.isSuccess()) {
        return new Delivery.Delivered(ref);
      }
      return failure(c, conversationId, response, "update");
    } catch (TeamsConnector.ConnectorUnavailableException e) {
      return Delivery.RetryLater.transientFailure(e.getMessage());
    }
  }

  private Delivery send(Recipient recipient, Object card, String text) {
    return send(recipient, activity(card, text));
  }

  /** Sends an activity of its own (a file card) into the person's 1:1 chat with the bot. */
  Delivery send(Recipient recipient, ObjectNode activity) {
    Optional<TeamsConversation> conversation = conversationOf(recipient);
    if (conversation.isEmpty()) {
      return new Delivery.Failed(NO_CONVERSATION, true);
    }
    TeamsConversation c = conversation.get();
    Optional<Delivery> wait = throttle(c.tenantId(), c.conversationId());
    if (wait.isPresent()) {
      return wait.get();
    }
    String path = "/v3/conversations/" + TeamsConnector.segment(c.conversationId()) + "/activities";
    try {
      ConnectorResponse response = connector.post(c.serviceUrl(), path, activity);
      if (!response.isSuccess()) {
        return failure(c, c.conversationId(), response, "send");
      }
      String activityId = TeamsConnector.parse(response.body()).path("id").asText("");
      if (activityId.isBlank()) {
        // Sent, so it must not be retried; it just cannot be updated later.
        log.warn("Teams connector answered a send without an activity id");
        return new Delivery.Delivered(TeamsMessageRefs.withoutActivity(c.conversationId()));
      }
      return new Delivery.Delivered(TeamsMessageRefs.of(c.conversationId(), activityId));
    } catch (TeamsConnector.ConnectorUnavailableException e) {
      return Delivery.RetryLater.transientFailure(e.getMessage());
    }
  }

  private Optional<TeamsConversation> conversationOf(Recipient recipient) {
    if (recipient.platform() != Platform.TEAMS) {
      return Optional.empty();
    }
    return conversations.find(recipient.orgId(), recipient.address());
  }

  private Optional<Delivery> throttle(String tenantId, String conversationId) {
    TeamsRateLimits.Wait wait = limits.acquire(tenantId, conversationId);
    if (wait.duration().isZero()) {
      return Optional.empty();
    }
    Delivery.Holds holds = wait.wholeTenant() ? Delivery.Holds.ORG : Delivery.Holds.MESSAGE;
    return Optional.of(Delivery.RetryLater.throttled(wait.duration()).holding(holds));
  }

  private Delivery failure(
      TeamsConversation c, String conversationId, ConnectorResponse response, String what) {
    Delivery delivery = ConnectorErrors.toDelivery(response);
    if (delivery instanceof Delivery.RetryLater later && later.throttled()) {
      // Teams throttles a conversation: the tenant's other conversations go on.
      delivery = later.holding(Delivery.Holds.MESSAGE);
    }
    if (response.status() == 429) {
      limits.pauseUntil(
          c.tenantId(),
          conversationId,
          clock.instant().plus(response.retryAfter().orElse(Duration.ZERO)));
    }
    log.info(
        "Teams {} in org {} not done: HTTP {} {}",
        what,
        c.orgId(),
        response.status(),
        response.errorCode());
    return delivery;
  }

  static ObjectNode activity(Object card, String text) {
    ObjectNode activity = TeamsConnector.object();
    activity.put("type", "message");
    // Plain, so that Teams does not read Markdown into what people wrote; summary is what
    // notifications show.
    activity.put("text", text);
    activity.put("textFormat", "plain");
    activity.put("summary", text);
    ArrayNode attachments = activity.putArray("attachments");
    ObjectNode attachment = attachments.addObject();
    attachment.put("contentType", ADAPTIVE_CARD);
    JsonNode content = TeamsConnector.JSON.valueToTree(card);
    attachment.set("content", content);
    return activity;
  }
}
