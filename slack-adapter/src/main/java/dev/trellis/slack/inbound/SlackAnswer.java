package dev.trellis.slack.inbound;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.SlackMessage;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * An answer the engine gave to a Slack request, rendered and ready to send, as the inbox keeps it
 * once the request's work is done: through the response URL if there is one (ephemeral, replacing
 * the pressed message when asked), else (or once the URL has expired) in the person's DM. Trying
 * again only sends it again; the command is never run twice.
 *
 * @param userId the person's Slack user id, for the DM; empty when they cannot be reached there
 */
record SlackAnswer(
    OrgId orgId,
    Optional<String> userId,
    Optional<String> responseUrl,
    boolean replaceOriginal,
    SlackMessage message) {

  private static final Gson GSON = GsonFactory.createSnakeCase();
  private static final Type BLOCKS = new TypeToken<List<LayoutBlock>>() {}.getType();

  String toJson() {
    JsonObject json = new JsonObject();
    json.addProperty("org", orgId.value());
    userId.ifPresent(u -> json.addProperty("user", u));
    responseUrl.ifPresent(u -> json.addProperty("responseUrl", u));
    json.addProperty("replace", replaceOriginal);
    json.addProperty("text", message.text());
    json.add("blocks", GSON.toJsonTree(message.blocks(), BLOCKS));
    return json.toString();
  }

  static SlackAnswer fromJson(String stored) {
    JsonObject json = JsonParser.parseString(stored).getAsJsonObject();
    List<LayoutBlock> blocks = GSON.fromJson(json.get("blocks"), BLOCKS);
    return new SlackAnswer(
        new OrgId(json.get("org").getAsString()),
        optional(json, "user"),
        optional(json, "responseUrl"),
        json.get("replace").getAsBoolean(),
        new SlackMessage(json.get("text").getAsString(), blocks));
  }

  private static Optional<String> optional(JsonObject json, String name) {
    return json.has(name) ? Optional.of(json.get(name).getAsString()) : Optional.empty();
  }
}
