package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import dev.trellis.core.inbox.InboundRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** What Trellis reads from an activity: its tenant, team, sender, conversation and inbox key. */
final class ActivityFields {

  private ActivityFields() {}

  static Optional<String> tenantId(Activity activity) {
    if (activity.getConversation() != null) {
      String tenant = activity.getConversation().getTenantId();
      if (tenant != null && !tenant.isBlank()) {
        return Optional.of(tenant);
      }
    }
    return channelData(activity, "tenant", "id");
  }

  static Optional<String> team(Activity activity, String field) {
    return channelData(activity, "team", field);
  }

  private static Optional<String> channelData(Activity activity, String object, String field) {
    JsonNode data = TeamsActivityJson.tree(activity.getChannelData());
    if (data == null) {
      return Optional.empty();
    }
    JsonNode value = data.path(object).path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  static Optional<String> aadObjectId(Activity activity) {
    return Optional.ofNullable(activity.getFrom())
        .map(ChannelAccount::getAadObjectId)
        .filter(s -> !s.isBlank());
  }

  static Optional<String> conversationId(Activity activity) {
    return Optional.ofNullable(activity.getConversation())
        .map(c -> c.getId())
        .filter(s -> !s.isBlank());
  }

  static Optional<ReplyTo> replyTo(Activity activity) {
    Optional<String> conversation = conversationId(activity);
    if (conversation.isEmpty()
        || activity.getServiceUrl() == null
        || activity.getServiceUrl().isBlank()) {
      return Optional.empty();
    }
    String type = activity.getConversation().getConversationType();
    return Optional.of(
        new ReplyTo(
            activity.getServiceUrl(),
            conversation.get(),
            tenantId(activity).orElse(""),
            activity.getRecipient() == null ? "" : nullToEmpty(activity.getRecipient().getId()),
            nullToEmpty(activity.getId()),
            "personal".equals(type)));
  }

  /**
   * The inbox key: the activity id (what a retry repeats) with the conversation, since Teams
   * activity ids are unique only within a conversation; a digest of the body for an activity
   * without an id.
   */
  static String key(Activity activity, String rawBody) {
    if (activity.getId() == null || activity.getId().isBlank()) {
      return "teams:body:" + sha256(rawBody);
    }
    String conversation = conversationId(activity).orElse("");
    String key = "teams:" + activity.getId() + ":" + sha256(conversation).substring(0, 16);
    return key.length() <= InboundRequest.MAX_KEY_LENGTH
        ? key
        : "teams:" + sha256(activity.getId() + "\n" + conversation);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
