package dev.trellis.slack.render;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;

/** Block Kit objects as Slack receives them: Bolt's snake-case Gson. */
final class SlackJson {

  static final Gson GSON = GsonFactory.createSnakeCase();

  private SlackJson() {}

  static JsonElement of(Object object) {
    return JsonParser.parseString(GSON.toJson(object));
  }

  static String text(Object object) {
    return GSON.toJson(object);
  }
}
