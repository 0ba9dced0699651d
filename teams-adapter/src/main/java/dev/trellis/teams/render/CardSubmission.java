package dev.trellis.teams.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trellis.core.message.ActionId;
import dev.trellis.teams.CardData;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What came back from a Trellis card: a button press or a form submission.
 *
 * <p>{@link #read} takes an activity's {@code value} as the SDK gives it (a {@code Map} or a
 * Jackson {@code JsonNode}): the {@code Action.Submit} data merged with the card's input values, as
 * Teams sends it in a {@code message} activity. An {@code adaptiveCard/action} invoke's value,
 * where the data sits under {@code action.data}, is read as well. Anything else (no Trellis keys,
 * an action id that is not one, a string value) is not Trellis's and reads as empty.
 */
public sealed interface CardSubmission {

  /**
   * A button of a message was pressed.
   *
   * @param inputs the values of the message's inputs, by input id (empty when it had none)
   */
  record ButtonPressed(ActionId action, String value, Map<String, String> inputs)
      implements CardSubmission {
    public ButtonPressed {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(value, "value");
      inputs = Map.copyOf(inputs);
    }
  }

  /**
   * A form was submitted.
   *
   * @param values what was entered, by input id; Teams leaves out or blanks an empty input
   */
  record FormSubmitted(ActionId submitAction, String reference, Map<String, String> values)
      implements CardSubmission {
    public FormSubmitted {
      Objects.requireNonNull(submitAction, "submitAction");
      Objects.requireNonNull(reference, "reference");
      values = Map.copyOf(values);
    }
  }

  /**
   * Reads an activity's value. Non-string input values become text: numbers and booleans as
   * written, {@code null} as an empty string, arrays and objects as their JSON. The keys of the
   * card data and Teams' own {@code msteams} key are not input values.
   */
  static Optional<CardSubmission> read(Object value) {
    JsonNode node = Submissions.tree(value);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode data = node.path("action").path("data");
    if (!node.has(CardData.ACTION) && !node.has(CardData.SUBMIT) && data.isObject()) {
      node = data;
    }
    Map<String, String> values = Submissions.values(node);
    Optional<ActionId> submit = Submissions.actionId(node.get(CardData.SUBMIT));
    if (submit.isPresent()) {
      return Optional.of(
          new FormSubmitted(submit.get(), Submissions.text(node.get(CardData.REFERENCE)), values));
    }
    Optional<ActionId> action = Submissions.actionId(node.get(CardData.ACTION));
    if (action.isPresent()) {
      return Optional.of(
          new ButtonPressed(action.get(), Submissions.text(node.get(CardData.VALUE)), values));
    }
    return Optional.empty();
  }
}

final class Submissions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Submissions() {}

  static JsonNode tree(Object value) {
    if (value == null || value instanceof String) {
      return null;
    }
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    try {
      return JSON.valueToTree(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Optional<ActionId> actionId(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ActionId(node.asText()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "";
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    return node.toString();
  }

  static Map<String, String> values(JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (key.equals(CardData.ACTION)
          || key.equals(CardData.VALUE)
          || key.equals(CardData.SUBMIT)
          || key.equals(CardData.REFERENCE)
          || key.equals("msteams")
          || key.isBlank()) {
        continue;
      }
      values.put(key, text(field.getValue()));
    }
    return values;
  }
}
