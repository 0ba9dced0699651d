package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered reply still to deliver, as the inbox keeps it with its request once the request's work
 * is done (see {@link dev.trellis.core.inbox.KeptAnswers}): trying again only delivers it, and the
 * command is never run twice.
 */
sealed interface KeptTeamsReply {

  /** An activity to post {@code where}, or to put in place of the card {@code replacingCard}. */
  record Post(ReplyTo where, Optional<String> replacingCard, ObjectNode activity)
      implements KeptTeamsReply {
    public Post {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(activity, "activity");
    }
  }

  /**
   * A personal answer to someone who acted in a channel or group chat ({@code asked}): to their 1:1
   * chat, which is looked up (or opened) when it is delivered, and a pointer to it where they
   * asked.
   */
  record ToPrivateChat(
      OrgId orgId, String aadObjectId, String userId, ReplyTo asked, ObjectNode activity)
      implements KeptTeamsReply {}

  static String toJson(List<KeptTeamsReply> replies) {
    ArrayNode json = Serialization.createArrayNode();
    for (KeptTeamsReply reply : replies) {
      ObjectNode one = json.addObject();
      if (reply instanceof Post post) {
        one.set("where", StoredTeamsRequestJson.where(post.where()));
        post.replacingCard().ifPresent(card -> one.put("card", card));
        one.set("activity", post.activity());
      } else {
        ToPrivateChat chat = (ToPrivateChat) reply;
        one.put("privately", true);
        one.put("org", chat.orgId().value());
        one.put("aad", chat.aadObjectId());
        one.put("user", chat.userId());
        one.set("where", StoredTeamsRequestJson.where(chat.asked()));
        one.set("activity", chat.activity());
      }
    }
    return json.toString();
  }

  static List<KeptTeamsReply> fromJson(String stored) {
    List<KeptTeamsReply> replies = new ArrayList<>();
    for (JsonNode one : TeamsActivityJson.tree(stored)) {
      ReplyTo where = StoredTeamsRequestJson.where(one.get("where"));
      ObjectNode activity = (ObjectNode) one.get("activity");
      if (one.path("privately").asBoolean(false)) {
        replies.add(
            new ToPrivateChat(
                new OrgId(StoredTeamsRequestJson.text(one, "org")),
                StoredTeamsRequestJson.text(one, "aad"),
                StoredTeamsRequestJson.text(one, "user"),
                where,
                activity));
      } else {
        replies.add(new Post(where, StoredTeamsRequestJson.optional(one, "card"), activity));
      }
    }
    return replies;
  }
}
