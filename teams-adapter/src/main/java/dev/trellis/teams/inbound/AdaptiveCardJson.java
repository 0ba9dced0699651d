package dev.trellis.teams.inbound;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.teams.render.AdaptiveCards;

/** The Adaptive Cards of {@link AdaptiveCards} as JSON text, for the answer to a pressed card. */
public final class AdaptiveCardJson implements TeamsCards {

  @Override
  public String card(OutboundMessage message) {
    return AdaptiveCards.message(message).json();
  }

  @Override
  public String formCard(Form form) {
    return AdaptiveCards.form(form).json();
  }
}
