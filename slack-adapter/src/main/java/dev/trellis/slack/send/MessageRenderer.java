package dev.trellis.slack.send;

import com.slack.api.model.view.View;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.slack.render.BlockKitForms;
import dev.trellis.slack.render.BlockKitMessages;
import dev.trellis.slack.render.SlackMessage;

/** Turns the engine's messages and forms into Block Kit; the sender only sends what it gets. */
public interface MessageRenderer {

  SlackMessage render(OutboundMessage message);

  /** The modal that shows {@code form}. */
  View form(Form form);

  /** The Block Kit renderer of {@code dev.trellis.slack.render}. */
  static MessageRenderer blockKit() {
    return new MessageRenderer() {
      @Override
      public SlackMessage render(OutboundMessage message) {
        return BlockKitMessages.render(message);
      }

      @Override
      public View form(Form form) {
        return BlockKitForms.render(form);
      }
    };
  }
}
