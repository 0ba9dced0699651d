package dev.trellis.teams.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;

/** Reads an activity with the SDK's own Jackson configuration ({@link Serialization}). */
public final class TeamsActivityJson {

  private TeamsActivityJson() {}

  /**
   * The activity in a request body.
   *
   * @throws IllegalArgumentException when the body is not an activity
   */
  public static Activity parse(String body) {
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("An empty body is not an activity");
    }
    try {
      JsonNode tree = Serialization.jsonToTree(body);
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException("Not a JSON object");
      }
      Activity activity = Serialization.safeGetAs(tree, Activity.class);
      if (activity == null || activity.getType() == null || activity.getType().isBlank()) {
        throw new IllegalArgumentException("An activity needs a type");
      }
      return activity;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not an activity: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not JSON", e);
    }
  }

  /** JSON text of any SDK object (an invoke response). */
  static String write(Object value) {
    try {
      return Serialization.toString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return Serialization.jsonToTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not JSON", e);
    }
  }

  static JsonNode tree(Object value) {
    return value == null ? null : Serialization.objectToTree(value);
  }
}
