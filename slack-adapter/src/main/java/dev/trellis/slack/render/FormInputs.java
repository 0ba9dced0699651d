package dev.trellis.slack.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import dev.trellis.core.message.Input;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * An engine input as a Slack input block. The block id and the element's action id are both the
 * input id, so a submitted value is found by block id alone.
 */
final class FormInputs {

  static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private FormInputs() {}

  static InputBlock block(Input input) {
    return InputBlock.builder()
        .blockId(input.id())
        .label(PlainText.of(input.label().strip(), SlackLimits.INPUT_LABEL))
        .element(element(input))
        .optional(input.optional())
        .build();
  }

  private static BlockElement element(Input input) {
    if (input instanceof Input.Text text) {
      return text(text);
    }
    if (input instanceof Input.Select select) {
      return select(select);
    }
    if (input instanceof Input.Date date) {
      return DatePickerElement.builder()
          .actionId(date.id())
          .initialDate(date.initial().map(DATE::format).orElse(null))
          .build();
    }
    if (input instanceof Input.Time time) {
      return TimePickerElement.builder()
          .actionId(time.id())
          .initialTime(time.initial().map(TIME::format).orElse(null))
          .build();
    }
    throw new IllegalArgumentException("Unknown input " + input.getClass().getName());
  }

  /**
   * Slack accepts a {@code max_length} of at most 3000. A longer engine limit is left out, so Slack
   * takes longer text and the engine checks its own limit on submit.
   */
  private static PlainTextInputElement text(Input.Text text) {
    return PlainTextInputElement.builder()
        .actionId(text.id())
        .multiline(text.multiline())
        .maxLength(text.maxLength() <= SlackLimits.TEXT_INPUT_MAX_LENGTH ? text.maxLength() : null)
        .initialValue(text.initial().filter(v -> !v.isEmpty()).orElse(null))
        .placeholder(
            text.placeholder()
                .filter(p -> !p.isBlank())
                .map(p -> PlainText.of(p.strip(), SlackLimits.PLACEHOLDER))
                .orElse(null))
        .build();
  }

  /** Options that cannot be shown whole are refused, never dropped or changed. */
  private static StaticSelectElement select(Input.Select select) {
    if (select.choices().size() > SlackLimits.SELECT_OPTIONS) {
      throw new IllegalArgumentException(
          "Select "
              + select.id()
              + " has "
              + select.choices().size()
              + " choices; Slack shows at most "
              + SlackLimits.SELECT_OPTIONS);
    }
    List<OptionObject> options = select.choices().stream().map(c -> option(select, c)).toList();
    Optional<OptionObject> initial =
        select
            .initial()
            .flatMap(v -> options.stream().filter(o -> o.getValue().equals(v)).findFirst());
    return StaticSelectElement.builder()
        .actionId(select.id())
        .options(options)
        .initialOption(initial.orElse(null))
        .build();
  }

  private static OptionObject option(Input.Select select, Input.Choice choice) {
    if (choice.value().isEmpty() || choice.value().length() > SlackLimits.OPTION_VALUE) {
      throw new IllegalArgumentException(
          "Choice '"
              + choice.value()
              + "' of select "
              + select.id()
              + " needs a value of 1 to "
              + SlackLimits.OPTION_VALUE
              + " chars");
    }
    return OptionObject.builder()
        .text(PlainText.of(choice.label().strip(), SlackLimits.OPTION_TEXT))
        .value(choice.value())
        .build();
  }
}
