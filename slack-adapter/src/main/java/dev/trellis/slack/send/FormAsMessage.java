package dev.trellis.slack.send;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/**
 * A form that cannot open as a modal (no trigger, or it expired), sent as a message: its title, its
 * inputs (the renderer names them) and how to get the form. It has no submit button: a button in a
 * message arrives as a button press, which no flow reads as a form submission, while pressing the
 * button or running the command again brings a fresh trigger that opens the modal.
 */
public final class FormAsMessage {

  static final String HOW_TO_OPEN =
      "Slack could not open this form just now. Press the button or run the command again to"
          + " open it.";

  private FormAsMessage() {}

  public static OutboundMessage of(Form form) {
    OutboundMessage.Builder message =
        OutboundMessage.builder(HOW_TO_OPEN)
            .header(form.title())
            .fallback(form.title() + ": " + HOW_TO_OPEN);
    form.inputs().forEach(message::input);
    return message.build();
  }
}
