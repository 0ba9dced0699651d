package dev.trellis.teams.send;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/**
 * Turns the engine's messages into Adaptive Cards, for the sender: {@link AdaptiveCardRenderer}
 * (tests use a plain one). A card is anything that serialises to the card's JSON (a Jackson tree, a
 * map).
 */
public interface CardRenderer {

  /** The Adaptive Card of a message. */
  Object card(OutboundMessage message);

  /** The Adaptive Card of a form sent as a message, with its inputs and submit button. */
  Object form(Form form);

  /** The plain text that goes beside the card, for notifications and clients without cards. */
  String fallback(OutboundMessage message);
}
