package dev.trellis.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.teams.CardData;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
  static final String REQUIRED = "Please fill this in.";
  static final String CHOOSE = "Please choose one.";
  static final int MAX_ANSWERED_CHARS = 4_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private AdaptiveCards() {}

  /** A message as a card, with its fallback as the summary. */
  public static AdaptiveCard message(OutboundMessage engineMessage) {
    OutboundMessage message = CommandWords.asTyped(engineMessage);
    Pieces pieces = new Pieces(message);
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
    ObjectNode card = card(summary);
    ArrayNode body = card.putArray("body");
    body.add(header(form.title()));
    for (Input input : form.inputs()) {
      body.add(input(input, !input.optional()));
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
    ObjectNode card = card(summary);
    card.putArray("body").add(textBlock(kept));
    return new AdaptiveCard(card, summary);
  }

  private static ObjectNode messageCard(
      OutboundMessage message, Pieces pieces, boolean shortened, String summary) {
    ObjectNode card = card(summary);
    ArrayNode body = card.putArray("body");
    pieces.header.ifPresent(h -> body.add(header(h)));
    if (!pieces.text.isBlank()) {
      body.add(textBlock(pieces.text));
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
      body.add(input(input, false));
    }
    pieces.context.ifPresent(c -> body.add(subtle(c)));
    if (shortened) {
      body.add(subtle(SHORTENED));
    }
    if (!message.buttons().isEmpty()) {
      ArrayNode actions = card.putArray("actions");
      List<Button> buttons = message.buttons();
      for (int i = 0; i < buttons.size(); i++) {
        actions.add(button(buttons.get(i), i >= CardLimits.VISIBLE_ACTIONS));
      }
    }
    return card;
  }

  private static ObjectNode card(String summary) {
    ObjectNode card = NODES.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", SCHEMA);
    card.put("version", CardLimits.VERSION);
    card.put("fallbackText", summary);
    return card;
  }

  private static ObjectNode header(String text) {
    ObjectNode block = textBlock(text);
    block.put("weight", "bolder");
    block.put("size", "medium");
    return block;
  }

  private static ObjectNode subtle(String text) {
    ObjectNode block = textBlock(text);
    block.put("size", "small");
    block.put("isSubtle", true);
    return block;
  }

  private static ObjectNode textBlock(String text) {
    ObjectNode block = NODES.objectNode();
    block.put("type", "TextBlock");
    block.put("text", CardText.literal(text));
    block.put("wrap", true);
    return block;
  }

  private static ObjectNode button(Button button, boolean overflow) {
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

  private static ObjectNode input(Input input, boolean required) {
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

  private static String summary(String fallback) {
    return CardText.cut(fallback.strip(), CardLimits.MAX_SUMMARY_CHARS);
  }

  /** The parts of a message that may be cut to make its card fit. */
  private static final class Pieces {
    Optional<String> header;
    String text;
    final List<String> fieldValues = new ArrayList<>();
    Optional<String> context;

    Pieces(OutboundMessage message) {
      header = message.header();
      text = message.text();
      message.fields().forEach(f -> fieldValues.add(f.value()));
      context = message.context();
    }

    /** Cuts the longest piece by about {@code excess} characters; false if none can be cut. */
    boolean cutLongest(int excess) {
      int longest = text.length();
      int which = -1;
      for (int i = 0; i < fieldValues.size(); i++) {
        if (fieldValues.get(i).length() > longest) {
          longest = fieldValues.get(i).length();
          which = i;
        }
      }
      if (context.map(String::length).orElse(0) > longest) {
        longest = context.get().length();
        which = -2;
      }
      if (header.map(String::length).orElse(0) > longest) {
        longest = header.get().length();
        which = -3;
      }
      if (longest <= CardLimits.MIN_CUT_CHARS) {
        return false;
      }
      int to = Math.max(CardLimits.MIN_CUT_CHARS, longest - excess - CardText.ELLIPSIS.length());
      if (which == -1) {
        text = CardText.cut(text, to);
      } else if (which == -2) {
        context = Optional.of(CardText.cut(context.get(), to));
      } else if (which == -3) {
        header = Optional.of(CardText.cut(header.get(), to));
      } else {
        fieldValues.set(which, CardText.cut(fieldValues.get(which), to));
      }
      return true;
    }
  }
}
