package dev.trellis.slack.send;

import dev.trellis.core.message.Button;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/**
 * A form that cannot open as a modal (no trigger, or it expired), written as a message with the
 * same inputs and a submit button. The button carries the form's submit action and reference, so
 * its press answers the same question a modal submission would.
 */
final class FormAsMessage {

  private FormAsMessage() {}

  static OutboundMessage of(Form form) {
    OutboundMessage.Builder message =
        OutboundMessage.builder("Fill this in here and press *" + form.submitLabel() + "*.")
            .header(form.title())
            .fallback(form.title());
    form.inputs().forEach(message::input);
    return message
        .button(Button.primary(form.submitAction().value(), form.submitLabel(), form.reference()))
        .build();
  }
}
