package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trellis.teams.CardData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a pressed Trellis card button sent: the data of its {@code Action.Submit} or {@code
 * Action.Execute} (see {@link CardData}), with the card's input values beside it.
 */
sealed interface CardValues {

  /** A button: {@link CardData#ACTION} and {@link CardData#VALUE}. */
  record Press(String action, String value) implements CardValues {}

  /** A form's submit button: {@link CardData#SUBMIT}, {@link CardData#REFERENCE} and the inputs. */
  record Submit(String submitAction, String reference, Map<String, String> values)
      implements CardValues {}

  /** The data of a card Trellis did not send; {@code fallbackAction}: an Execute action's verb. */
  static Optional<CardValues> of(JsonNode data, String fallbackAction) {
    if (data == null || !data.isObject()) {
      data = com.microsoft.bot.schema.Serialization.createObjectNode();
    }
    String submit = text(data, CardData.SUBMIT);
    if (!submit.isBlank() && isActionId(submit)) {
      Map<String, String> values = new LinkedHashMap<>();
      data.fields()
          .forEachRemaining(
              e -> {
                String key = e.getKey();
                if (!key.equals(CardData.SUBMIT)
                    && !key.equals(CardData.REFERENCE)
                    && !key.equals(CardData.ACTION)
                    && !key.equals(CardData.VALUE)
                    && !key.equals("msteams")
                    && !key.isBlank()
                    && !e.getValue().isNull()
                    && !e.getValue().isContainerNode()) {
                  values.put(key, e.getValue().asText());
                }
              });
      return Optional.of(new Submit(submit, text(data, CardData.REFERENCE), values));
    }
    String action = text(data, CardData.ACTION);
    if (action.isBlank()) {
      action = fallbackAction == null ? "" : fallbackAction.strip();
    }
    if (action.isBlank() || !isActionId(action)) {
      return Optional.empty();
    }
    return Optional.of(new Press(action, text(data, CardData.VALUE)));
  }

  private static boolean isActionId(String value) {
    try {
      new dev.trellis.core.message.ActionId(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String text(JsonNode data, String key) {
    JsonNode value = data.get(key);
    return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
  }
}
