package dev.trellis.slack.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.trellis.core.message.Form;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine {@link Form} as a Slack modal, and the values of a submitted modal back.
 *
 * <p>The modal's {@code callback_id} is the form's submit action and its {@code private_metadata}
 * the form's reference; each input is an input block whose block id and action id are the input id.
 * Title and button labels are cut to Slack's 24 chars. What cannot be cut without changing the
 * answer (a reference over 3000 chars, more than 100 inputs, a select's choices) is refused with an
 * {@link IllegalArgumentException}.
 */
public final class BlockKitForms {

  static final String CLOSE_LABEL = "Cancel";

  private BlockKitForms() {}

  public static View render(Form form) {
    if (form.reference().length() > SlackLimits.PRIVATE_METADATA) {
      throw new IllegalArgumentException(
          "The reference of form "
              + form.submitAction()
              + " has "
              + form.reference().length()
              + " chars; Slack keeps at most "
              + SlackLimits.PRIVATE_METADATA);
    }
    if (form.inputs().size() > SlackLimits.VIEW_BLOCKS) {
      throw new IllegalArgumentException(
          "Form "
              + form.submitAction()
              + " has "
              + form.inputs().size()
              + " inputs; a Slack modal holds at most "
              + SlackLimits.VIEW_BLOCKS);
    }
    List<LayoutBlock> blocks = form.inputs().stream().<LayoutBlock>map(FormInputs::block).toList();
    return View.builder()
        .type("modal")
        .callbackId(form.submitAction().value())
        .privateMetadata(form.reference())
        .title(
            ViewTitle.builder()
                .type("plain_text")
                .text(PlainText.fit(form.title().strip(), SlackLimits.VIEW_TITLE))
                .emoji(false)
                .build())
        .submit(
            ViewSubmit.builder()
                .type("plain_text")
                .text(PlainText.fit(form.submitLabel().strip(), SlackLimits.VIEW_BUTTON))
                .emoji(false)
                .build())
        .close(ViewClose.builder().type("plain_text").text(CLOSE_LABEL).emoji(false).build())
        .blocks(blocks)
        .build();
  }

  /**
   * What was entered, by block id (the input id of Trellis forms), in the order Slack sent it: the
   * text of a {@code plain_text_input}, the option value of a {@code static_select}, the {@code
   * yyyy-MM-dd} of a {@code datepicker}, the {@code HH:mm} of a {@code timepicker}. Inputs left
   * empty and elements Trellis never renders are left out.
   */
  public static Map<String, String> valuesOf(ViewState state) {
    Map<String, String> values = new LinkedHashMap<>();
    if (state == null || state.getValues() == null) {
      return Map.of();
    }
    state
        .getValues()
        .forEach(
            (blockId, actions) -> {
              if (actions == null) {
                return;
              }
              actions.values().stream()
                  .map(BlockKitForms::valueOf)
                  .filter(v -> v != null && !v.isBlank())
                  .findFirst()
                  .ifPresent(v -> values.put(blockId, v));
            });
    return Collections.unmodifiableMap(values);
  }

  /** The form's reference carried by a submitted modal; empty when Slack sent none. */
  public static String referenceOf(View view) {
    return view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
  }

  private static String valueOf(ViewState.Value value) {
    if (value == null || value.getType() == null) {
      return null;
    }
    return switch (value.getType()) {
      case "plain_text_input" -> value.getValue();
      case "static_select" ->
          value.getSelectedOption() == null ? null : value.getSelectedOption().getValue();
      case "datepicker" -> value.getSelectedDate();
      case "timepicker" -> value.getSelectedTime();
      default -> null;
    };
  }
}
