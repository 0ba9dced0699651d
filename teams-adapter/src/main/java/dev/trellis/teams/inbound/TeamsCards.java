package dev.trellis.teams.inbound;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/**
 * Adaptive Cards as JSON text, for the one answer given in the HTTP response itself: the card that
 * replaces a card whose {@code Action.Execute} button was pressed: {@link AdaptiveCardJson}.
 */
public interface TeamsCards {

  /** The Adaptive Card (the card object, {@code {"type":"AdaptiveCard",…}}) showing the message. */
  String card(OutboundMessage message);

  /** The Adaptive Card holding the form's inputs and submit button. */
  String formCard(Form form);
}
