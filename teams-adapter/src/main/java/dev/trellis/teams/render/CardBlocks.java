package dev.trellis.teams.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Button;
import dev.trellis.teams.CardData;

/** The elements Trellis's Adaptive Cards are built of: the card, its text blocks and buttons. */
final class CardBlocks {

  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CardBlocks() {}

  static ObjectNode card(String summary) {
    ObjectNode card = NODES.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", SCHEMA);
    card.put("version", CardLimits.VERSION);
    card.put("fallbackText", summary);
    return card;
  }

  static ObjectNode header(String text) {
    ObjectNode block = textBlock(text);
    block.put("weight", "bolder");
    block.put("size", "medium");
    return block;
  }

  static ObjectNode subtle(String text) {
    ObjectNode block = textBlock(text);
    block.put("size", "small");
    block.put("isSubtle", true);
    return block;
  }

  static ObjectNode textBlock(String text) {
    ObjectNode block = NODES.objectNode();
    block.put("type", "TextBlock");
    block.put("text", CardText.literal(text));
    block.put("wrap", true);
    return block;
  }

  static ObjectNode button(Button button, boolean overflow) {
    ObjectNode action = NODES.objectNode();
    action.put("type", "Action.Submit");
    action.put("title", button.label());
    if (button.style() == Button.Style.PRIMARY) {
      action.put("style", "positive");
    } else if (button.style() == Button.Style.DANGER) {
      action.put("style", "destructive");
    }
    if (overflow) {
      action.put("mode", "secondary");
    }
    ObjectNode data = action.putObject("data");
    data.put(CardData.ACTION, button.actionId().value());
    data.put(CardData.VALUE, button.value());
    return action;
  }
}
