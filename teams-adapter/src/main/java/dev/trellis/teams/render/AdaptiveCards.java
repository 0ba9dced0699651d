package dev.trellis.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.teams.CardData;
import java.util.List;

/**
 * Renders the engine's messages and forms as Adaptive Cards (schema {@value CardLimits#VERSION}).
 *
 * <p>Text the engine wrote or a person typed goes through {@link CardText#literal}, so it shows as
 * written and cannot make links, mentions or formatting. Labels, button titles, choices and
 * placeholders are plain text in Adaptive Cards and are kept as they are.
 *
 * <p>Buttons are plain {@code Action.Submit}s whose {@code data} holds {@link CardData#ACTION} and
 * {@link CardData#VALUE}. Teams sends a press as a {@code message} activity whose {@code value} is
 * that data plus the card's input values, and posts nothing in the chat. (The {@code msteams}
 * {@code messageBack} form would only add a text shown as if the person had written it, which
 * Trellis does not want.) The first {@value CardLimits#VISIBLE_ACTIONS} buttons show as buttons;
 * the others go in the card's overflow menu ({@code "mode": "secondary"}). {@code PRIMARY} is
 * styled {@code positive}, {@code DANGER} {@code destructive}.
 *
 * <p>A message with inputs shows them in the card (Teams cards can carry inputs), and each of its
 * buttons submits their values with the press; {@link CardSubmission.ButtonPressed#inputs} has
 * them. None of them is marked required there, since a button such as Skip must work with the
 * inputs empty. A form ({@link #form}) is a card of its own with one submit button, and there an
 * input that is not optional is required.
 *
 * <p>A card's JSON stays under {@link CardLimits#MAX_CARD_BYTES}: the longest of the message's
 * text, field values, context and header is cut at a word boundary with an ellipsis, again until it
 * fits, and the card then ends with {@link #SHORTENED}. A message that still does not fit (huge
 * button values, say) is refused with an {@link IllegalArgumentException}.
 */
public final class AdaptiveCards {

  /** The note at the end of a card whose text was cut. */
  public static final String SHORTENED = "This message was shortened to fit in Teams.";

  static final int MAX_ANSWERED_CHARS = 4_000;

  private AdaptiveCards() {}

  /** A message as a card, with its fallback as the summary. */
  public static AdaptiveCard message(OutboundMessage engineMessage) {
    OutboundMessage message = CommandWords.asTyped(engineMessage);
    CardPieces pieces = new CardPieces(message);
    String summary = summary(message.fallback());
    boolean shortened = false;
    while (true) {
      ObjectNode card = messageCard(message, pieces, shortened, summary);
      int size = AdaptiveCard.bytes(card);
      if (size <= CardLimits.MAX_CARD_BYTES) {
        return new AdaptiveCard(card, summary);
      }
      int excess = size - CardLimits.MAX_CARD_BYTES + (shortened ? 0 : SHORTENED.length() + 100);
      if (!pieces.cutLongest(excess)) {
        throw new IllegalArgumentException(
            "The message does not fit in a Teams card even with its text cut: "
                + size
                + " bytes, at most "
                + CardLimits.MAX_CARD_BYTES);
      }
      shortened = true;
    }
  }

  /**
   * A form as a card: its title, its inputs and one submit button whose data holds {@link
   * CardData#SUBMIT} and {@link CardData#REFERENCE}. An initial text longer than its input's {@code
   * maxLength} is cut to it.
   */
  public static AdaptiveCard form(Form form) {
    String summary = summary(form.title());
    ObjectNode card = CardBlocks.card(summary);
    ArrayNode body = card.putArray("body");
    body.add(CardBlocks.header(form.title()));
    for (Input input : form.inputs()) {
      body.add(CardInputs.input(input, !input.optional()));
    }
    ObjectNode submit = card.putArray("actions").addObject();
    submit.put("type", "Action.Submit");
    submit.put("title", form.submitLabel());
    submit.put("style", "positive");
    ObjectNode data = submit.putObject("data");
    data.put(CardData.SUBMIT, form.submitAction().value());
    data.put(CardData.REFERENCE, form.reference());
    int size = AdaptiveCard.bytes(card);
    if (size > CardLimits.MAX_CARD_BYTES) {
      throw new IllegalArgumentException(
          "The form '"
              + form.title()
              + "' does not fit in a Teams card: "
              + size
              + " bytes, at most "
              + CardLimits.MAX_CARD_BYTES);
    }
    return new AdaptiveCard(card, summary);
  }

  /**
   * A card without actions that replaces one that was answered (update the activity in place), so
   * that it cannot be answered twice. The text is cut to {@value #MAX_ANSWERED_CHARS} characters.
   */
  public static AdaptiveCard answered(String text) {
    String kept = CardText.cut(CommandWords.asTyped(text.strip()), MAX_ANSWERED_CHARS);
    String summary = summary(kept);
    ObjectNode card = CardBlocks.card(summary);
    card.putArray("body").add(CardBlocks.textBlock(kept));
    return new AdaptiveCard(card, summary);
  }

  private static ObjectNode messageCard(
      OutboundMessage message, CardPieces pieces, boolean shortened, String summary) {
    ObjectNode card = CardBlocks.card(summary);
    ArrayNode body = card.putArray("body");
    pieces.header.ifPresent(h -> body.add(CardBlocks.header(h)));
    if (!pieces.text.isBlank()) {
      body.add(CardBlocks.textBlock(pieces.text));
    }
    if (!pieces.fieldValues.isEmpty()) {
      ObjectNode factSet = body.addObject();
      factSet.put("type", "FactSet");
      ArrayNode facts = factSet.putArray("facts");
      List<Field> fields = message.fields();
      for (int i = 0; i < fields.size(); i++) {
        ObjectNode fact = facts.addObject();
        fact.put("title", CardText.literal(fields.get(i).label()));
        fact.put("value", CardText.literal(pieces.fieldValues.get(i)));
      }
    }
    for (Input input : message.inputs()) {
      body.add(CardInputs.input(input, false));
    }
    pieces.context.ifPresent(c -> body.add(CardBlocks.subtle(c)));
    if (shortened) {
      body.add(CardBlocks.subtle(SHORTENED));
    }
    if (!message.buttons().isEmpty()) {
      ArrayNode actions = card.putArray("actions");
      List<Button> buttons = message.buttons();
      for (int i = 0; i < buttons.size(); i++) {
        actions.add(CardBlocks.button(buttons.get(i), i >= CardLimits.VISIBLE_ACTIONS));
      }
    }
    return card;
  }

  private static String summary(String fallback) {
    return CardText.cut(fallback.strip(), CardLimits.MAX_SUMMARY_CHARS);
  }
}
