package dev.trellis.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Input;
import java.time.format.DateTimeFormatter;

/** A message's or form's inputs as Adaptive Card inputs, with their initial values. */
final class CardInputs {

  static final String REQUIRED = "Please fill this in.";
  static final String CHOOSE = "Please choose one.";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CardInputs() {}

  static ObjectNode input(Input input, boolean required) {
    ObjectNode node = NODES.objectNode();
    if (input instanceof Input.Text) {
      Input.Text text = (Input.Text) input;
      node.put("type", "Input.Text");
      node.put("id", text.id());
      node.put("label", text.label());
      node.put("isMultiline", text.multiline());
      node.put("maxLength", text.maxLength());
      text.initial().ifPresent(v -> node.put("value", CardText.cut(v, text.maxLength())));
      text.placeholder().ifPresent(p -> node.put("placeholder", p));
    } else if (input instanceof Input.Select) {
      Input.Select select = (Input.Select) input;
      node.put("type", "Input.ChoiceSet");
      node.put("id", select.id());
      node.put("label", select.label());
      node.put("style", "compact");
      ArrayNode choices = node.putArray("choices");
      for (Input.Choice choice : select.choices()) {
        ObjectNode c = choices.addObject();
        c.put("title", choice.label());
        c.put("value", choice.value());
      }
      select.initial().ifPresent(v -> node.put("value", v));
    } else if (input instanceof Input.Date) {
      Input.Date date = (Input.Date) input;
      node.put("type", "Input.Date");
      node.put("id", date.id());
      node.put("label", date.label());
      date.initial().ifPresent(d -> node.put("value", DateTimeFormatter.ISO_LOCAL_DATE.format(d)));
    } else if (input instanceof Input.Time) {
      Input.Time time = (Input.Time) input;
      node.put("type", "Input.Time");
      node.put("id", time.id());
      node.put("label", time.label());
      time.initial().ifPresent(t -> node.put("value", TIME.format(t)));
    } else {
      throw new IllegalArgumentException("Unknown input: " + input);
    }
    node.put("isRequired", required);
    if (required) {
      node.put("errorMessage", input instanceof Input.Select ? CHOOSE : REQUIRED);
    }
    return node;
  }
}
