package dev.trellis.slack.send;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.view.View;
import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.SlackMessage;
import java.net.http.HttpClient;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the engine's messages to Slack through the Web API: a message goes to the person's app DM
 * (chat.postMessage with their user id as the channel), or for a group recipient into the group DM
 * the bot opens with its members (conversations.open, needs the mpim:write scope); an update
 * replaces it (chat.update), and a form opens as a modal (views.open).
 */
public final class SlackPlatform implements ChatPlatform {

  /** A trigger that can no longer open a modal; the form goes out as a message instead. */
  private static final Set<String> UNUSABLE_TRIGGER =
      Set.of("expired_trigger_id", "exchanged_trigger_id");

  private final SlackCaller slack;
  private final MessageRenderer renderer;
  private final AttachedFiles files;
  private final SlackFileUpload upload;

  public SlackPlatform(SlackCaller slack, MessageRenderer renderer) {
    this(slack, renderer, AttachedFiles.NONE, HttpClient.newHttpClient());
  }

  /** {@code files}: where a message's attached file is read; {@code http} uploads it. */
  public SlackPlatform(
      SlackCaller slack, MessageRenderer renderer, AttachedFiles files, HttpClient http) {
    this.slack = slack;
    this.renderer = renderer;
    this.files = files;
    this.upload = new SlackFileUpload(slack, http);
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public Delivery deliver(Recipient recipient, OutboundMessage message) {
    if (recipient.isGroup()) {
      return deliverToGroup(recipient, message);
    }
    if (message.file().isPresent()) {
      return deliverWithFile(recipient, message, message.file().get());
    }
    return post(recipient.orgId(), recipient.address(), message);
  }

  /**
   * Uploads the attached file into the person's DM with the message as its comment. Where the
   * upload is refused (a workspace that has not granted files:write, say), the message goes with a
   * one-time link instead; a passing failure is retried by the outbox.
   */
  private Delivery deliverWithFile(
      Recipient recipient, OutboundMessage message, FileAttachment file) {
    Optional<byte[]> bytes = files.bytes(recipient.orgId(), file.id());
    if (bytes.isEmpty()) {
      return post(
          recipient.orgId(),
          recipient.address(),
          OutboundMessage.builder(AttachedFiles.expired()).build());
    }
    Delivery uploaded =
        upload.upload(
            recipient.orgId(), recipient.address(), file, bytes.get(), message.fallback());
    if (uploaded instanceof Delivery.Delivered) {
      files.discard(recipient.orgId(), file.id());
      return uploaded;
    }
    if (uploaded instanceof Delivery.Failed failed && !failed.recipientUnreachable()) {
      Optional<String> link = files.link(recipient.orgId(), file.id());
      String text =
          link.map(l -> message.text() + "\n\n" + AttachedFiles.linkLine(l))
              .orElse(AttachedFiles.expired());
      return post(recipient.orgId(), recipient.address(), OutboundMessage.builder(text).build());
    }
    return uploaded;
  }

  /**
   * Opens the group DM of the group's members (conversations.open with their user ids; Slack
   * answers the same conversation again for the same people, so a retry opens nothing new) and
   * posts into it. A group message is a bonus next to each member's own message, so a failure ends
   * it and never makes anyone unreachable (see {@link SlackErrors#forGroup}).
   */
  private Delivery deliverToGroup(Recipient group, OutboundMessage message) {
    SlackOutcome<ConversationsOpenResponse> outcome =
        slack.call(
            group.orgId(),
            SlackMethod.CONVERSATIONS_OPEN,
            (client, token) ->
                client.conversationsOpen(r -> r.token(token).users(group.groupAddresses())));
    if (outcome instanceof SlackOutcome.NotDone<ConversationsOpenResponse> notDone) {
      return SlackErrors.forGroup(notDone.delivery(), notDone.slackError());
    }
    Conversation opened =
        ((SlackOutcome.Done<ConversationsOpenResponse>) outcome).response().getChannel();
    if (opened == null || opened.getId() == null || opened.getId().isBlank()) {
      return Delivery.RetryLater.transientFailure(
          SlackErrors.reason(SlackMethod.CONVERSATIONS_OPEN, "no channel in the answer"));
    }
    return SlackErrors.forGroup(post(group.orgId(), opened.getId(), message), Optional.empty());
  }

  private Delivery post(OrgId orgId, String channel, OutboundMessage message) {
    return post(orgId, channel, renderer.render(message));
  }

  /**
   * Posts a rendered message into {@code channel}: a user id (their app DM) or a conversation id.
   */
  public Delivery post(OrgId orgId, String channel, SlackMessage rendered) {
    SlackOutcome<ChatPostMessageResponse> outcome =
        slack.callInChannel(
            orgId,
            SlackMethod.CHAT_POST_MESSAGE,
            channel,
            (client, token) ->
                client.chatPostMessage(
                    r ->
                        r.token(token)
                            .channel(channel)
                            .text(rendered.text())
                            .blocks(rendered.blocks())
                            .unfurlLinks(false)
                            .unfurlMedia(false)));
    if (outcome instanceof SlackOutcome.Done<ChatPostMessageResponse> done) {
      ChatPostMessageResponse response = done.response();
      return new Delivery.Delivered(MessageRefs.message(response.getChannel(), response.getTs()));
    }
    return ((SlackOutcome.NotDone<ChatPostMessageResponse>) outcome).delivery();
  }

  /**
   * Replaces a message where Slack put it. The reference names the conversation, so a message to a
   * group is updated in its group DM without opening it again.
   */
  @Override
  public Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message) {
    Optional<MessageRefs.ChannelAndTs> target = MessageRefs.parseMessage(ref);
    if (target.isEmpty()) {
      return new Delivery.Failed("not a Slack message reference", false);
    }
    SlackMessage rendered = renderer.render(message);
    SlackOutcome<ChatUpdateResponse> outcome =
        slack.call(
            recipient.orgId(),
            SlackMethod.CHAT_UPDATE,
            (client, token) ->
                client.chatUpdate(
                    r ->
                        r.token(token)
                            .channel(target.get().channel())
                            .ts(target.get().ts())
                            .text(rendered.text())
                            .blocks(rendered.blocks())));
    if (outcome instanceof SlackOutcome.Done<ChatUpdateResponse>) {
      return new Delivery.Delivered(ref);
    }
    return ((SlackOutcome.NotDone<ChatUpdateResponse>) outcome).delivery();
  }

  /**
   * Opens the form as a modal. Slack opens modals only with a fresh trigger (valid about three
   * seconds after the person's click or command), so without one, or when Slack says it expired, a
   * message names the form's inputs and tells the person how to open it (see {@link
   * FormAsMessage}).
   */
  @Override
  public Delivery openForm(Recipient recipient, Form form, String trigger) {
    if (trigger == null || trigger.isBlank()) {
      return deliver(recipient, FormAsMessage.of(form));
    }
    View view = renderer.form(form);
    SlackOutcome<ViewsOpenResponse> outcome =
        slack.call(
            recipient.orgId(),
            SlackMethod.VIEWS_OPEN,
            (client, token) -> client.viewsOpen(r -> r.token(token).triggerId(trigger).view(view)));
    if (outcome instanceof SlackOutcome.Done<ViewsOpenResponse> done) {
      return new Delivery.Delivered(MessageRefs.view(done.response().getView().getId()));
    }
    SlackOutcome.NotDone<ViewsOpenResponse> notDone =
        (SlackOutcome.NotDone<ViewsOpenResponse>) outcome;
    if (notDone.slackError().filter(UNUSABLE_TRIGGER::contains).isPresent()) {
      return deliver(recipient, FormAsMessage.of(form));
    }
    return notDone.delivery();
  }
}
