package dev.trellis.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The blocks of an {@link OutboundMessage}, for a message or a Home tab: header, text sections,
 * field sections, a note on the inputs, actions, context line.
 *
 * <p>Inputs are not rendered as input blocks. In a message Slack has no submit for them: each
 * change would come back on its own as a block action, which nothing in Trellis reads. The engine's
 * inputs are answered in a form (a modal), so the message only names what it will ask.
 *
 * <p>When the blocks are more than the surface allows, the header, the buttons and the context line
 * are kept, the text and fields are cut at the end, and the context line says so.
 */
final class MessageBlocks {

  static final String SHORTENED = "… shortened: the rest did not fit in Slack.";

  private MessageBlocks() {}

  static List<LayoutBlock> of(OutboundMessage message, int maxBlocks) {
    List<LayoutBlock> head = header(message.header());
    List<LayoutBlock> body = new ArrayList<>();
    body.addAll(textSections(message.text()));
    body.addAll(fieldSections(message.fields()));
    body.addAll(inputsNote(message.inputs()));
    List<LayoutBlock> actions = actions(message.buttons());
    List<ContextBlockElement> context = context(message.context());

    int total = head.size() + body.size() + actions.size() + (context.isEmpty() ? 0 : 1);
    if (total <= maxBlocks) {
      return join(head, body, actions, context);
    }
    context.add(Mrkdwn.of(Mrkdwn.escape(SHORTENED)));
    int room = maxBlocks - head.size() - 1;
    List<LayoutBlock> keptActions = actions.subList(0, Math.min(actions.size(), room));
    List<LayoutBlock> keptBody = body.subList(0, room - keptActions.size());
    return join(head, keptBody, keptActions, context);
  }

  private static List<LayoutBlock> join(
      List<LayoutBlock> head,
      List<LayoutBlock> body,
      List<LayoutBlock> actions,
      List<ContextBlockElement> context) {
    List<LayoutBlock> blocks = new ArrayList<>(head);
    blocks.addAll(body);
    blocks.addAll(actions);
    if (!context.isEmpty()) {
      blocks.add(ContextBlock.builder().elements(context).build());
    }
    return List.copyOf(blocks);
  }

  private static List<LayoutBlock> header(Optional<String> header) {
    return header
        .filter(h -> !h.isBlank())
        .<LayoutBlock>map(
            h ->
                HeaderBlock.builder()
                    .text(PlainText.of(h.strip(), SlackLimits.HEADER_TEXT))
                    .build())
        .map(List::of)
        .orElse(List.of());
  }

  private static List<LayoutBlock> textSections(String text) {
    return Mrkdwn.split(text, SlackLimits.SECTION_TEXT).stream()
        .<LayoutBlock>map(piece -> SectionBlock.builder().text(Mrkdwn.of(piece)).build())
        .toList();
  }

  private static List<LayoutBlock> fieldSections(List<Field> fields) {
    List<LayoutBlock> sections = new ArrayList<>();
    for (int from = 0; from < fields.size(); from += SlackLimits.SECTION_FIELDS) {
      List<TextObject> texts =
          fields.subList(from, Math.min(fields.size(), from + SlackLimits.SECTION_FIELDS)).stream()
              .<TextObject>map(f -> Mrkdwn.of(fieldText(f)))
              .toList();
      sections.add(SectionBlock.builder().fields(texts).build());
    }
    return sections;
  }

  /** The label in bold over the value; a long label leaves room for at least half the text. */
  private static String fieldText(Field field) {
    String label = "*" + Mrkdwn.fit(field.label().strip(), SlackLimits.FIELD_TEXT / 2 - 3) + "*";
    if (field.value().isBlank()) {
      return label;
    }
    int room = SlackLimits.FIELD_TEXT - label.length() - 1;
    return label + "\n" + Mrkdwn.fit(field.value().strip(), room);
  }

  private static List<LayoutBlock> inputsNote(List<Input> inputs) {
    if (inputs.isEmpty()) {
      return List.of();
    }
    String labels = inputs.stream().map(i -> i.label().strip()).collect(Collectors.joining(", "));
    String note =
        Mrkdwn.fit("You answer this in a form: " + labels + ".", SlackLimits.SECTION_TEXT);
    return List.of(SectionBlock.builder().text(Mrkdwn.of(note)).build());
  }

  private static List<LayoutBlock> actions(List<Button> buttons) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (int from = 0; from < buttons.size(); from += SlackLimits.ACTIONS_ELEMENTS) {
      List<BlockElement> elements =
          buttons
              .subList(from, Math.min(buttons.size(), from + SlackLimits.ACTIONS_ELEMENTS))
              .stream()
              .<BlockElement>map(MessageBlocks::button)
              .toList();
      blocks.add(ActionsBlock.builder().elements(elements).build());
    }
    return blocks;
  }

  private static ButtonElement button(Button button) {
    if (button.value().length() > SlackLimits.BUTTON_VALUE) {
      throw new IllegalArgumentException(
          "The value of button "
              + button.actionId()
              + " has "
              + button.value().length()
              + " chars; Slack allows "
              + SlackLimits.BUTTON_VALUE);
    }
    return ButtonElement.builder()
        .actionId(button.actionId().value())
        .text(PlainText.of(button.label().strip(), SlackLimits.BUTTON_TEXT))
        .value(button.value().isEmpty() ? null : button.value())
        .style(style(button.style()))
        .build();
  }

  private static String style(Button.Style style) {
    return switch (style) {
      case PRIMARY -> "primary";
      case DANGER -> "danger";
      case DEFAULT -> null;
    };
  }

  private static List<ContextBlockElement> context(Optional<String> context) {
    List<ContextBlockElement> elements = new ArrayList<>();
    context
        .filter(c -> !c.isBlank())
        .ifPresent(c -> elements.add(Mrkdwn.of(Mrkdwn.fit(c.strip(), SlackLimits.CONTEXT_TEXT))));
    return elements;
  }
}
