package dev.trellis.teams.inbound;

import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.inbox.KeptAnswers;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.teams.send.ReplyActivities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delivers the replies kept with a request, one after the other. When more than one is left, what
 * is left is kept again after each, so a retry (the connector failed or timed out) never posts one
 * twice.
 *
 * <p>A personal answer to someone who acted in a channel or group chat goes to their 1:1 chat with
 * the bot; the channel gets only {@link #SENT_TO_CHAT}, or {@link #OPEN_A_CHAT} when no 1:1 chat
 * could be reached.
 */
final class DeliveringTeamsReplies {

  static final OutboundMessage SENT_TO_CHAT =
      OutboundMessage.builder("I sent you the answer in our chat.").build();

  static final OutboundMessage OPEN_A_CHAT =
      OutboundMessage.builder(
              "That answer is only for you, and I cannot reach you in a private chat yet. Open a"
                  + " chat with Trellis and ask me there.")
          .build();

  private final TeamsReplies replies;
  private final TeamsPrivateChats privateChats;
  private final ReplyActivities activities;
  private final KeptAnswers answers;

  DeliveringTeamsReplies(
      TeamsReplies replies,
      TeamsPrivateChats privateChats,
      ReplyActivities activities,
      KeptAnswers answers) {
    this.replies = replies;
    this.privateChats = privateChats;
    this.activities = activities;
    this.answers = answers;
  }

  void deliver(InboundRequest request, List<KeptTeamsReply> kept) throws Exception {
    List<KeptTeamsReply> left = new ArrayList<>(kept);
    while (!left.isEmpty()) {
      KeptTeamsReply next = left.remove(0);
      if (next instanceof KeptTeamsReply.ToPrivateChat chat) {
        left.addAll(0, viaChat(chat));
        answers.keepLeft(request, KeptTeamsReply.toJson(left));
        continue;
      }
      post((KeptTeamsReply.Post) next);
      if (!left.isEmpty()) {
        answers.keepLeft(request, KeptTeamsReply.toJson(left));
      }
    }
  }

  /** The answer in the person's 1:1 chat and a pointer where they asked; or how to open one. */
  private List<KeptTeamsReply> viaChat(KeptTeamsReply.ToPrivateChat chat) throws Exception {
    ReplyTo asked = chat.asked();
    Optional<ReplyTo> privately =
        privateChats.chatOf(chat.orgId(), chat.aadObjectId(), chat.userId(), asked);
    if (privately.isEmpty()) {
      return List.of(
          new KeptTeamsReply.Post(asked, Optional.empty(), activities.message(OPEN_A_CHAT)));
    }
    return List.of(
        new KeptTeamsReply.Post(privately.get(), Optional.empty(), chat.activity()),
        new KeptTeamsReply.Post(asked, Optional.empty(), activities.message(SENT_TO_CHAT)));
  }

  private void post(KeptTeamsReply.Post post) throws Exception {
    if (post.replacingCard().isPresent()) {
      replies.replaceCard(post.where(), post.replacingCard().get(), post.activity());
    } else {
      replies.post(post.where(), post.activity());
    }
  }
}
