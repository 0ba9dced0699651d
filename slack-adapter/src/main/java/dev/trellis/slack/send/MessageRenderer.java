package dev.trellis.slack.send;

import com.slack.api.model.view.View;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/** Turns the engine's messages and forms into Block Kit; the sender only sends what it gets. */
public interface MessageRenderer {

  RenderedMessage render(OutboundMessage message);

  /** The modal that shows {@code form}. */
  View form(Form form);
}
