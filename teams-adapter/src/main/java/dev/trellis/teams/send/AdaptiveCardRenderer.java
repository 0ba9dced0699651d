package dev.trellis.teams.send;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.teams.render.AdaptiveCards;

/** The Adaptive Cards of {@link AdaptiveCards}, as the sender takes them. */
public final class AdaptiveCardRenderer implements CardRenderer {

  @Override
  public Object card(OutboundMessage message) {
    return AdaptiveCards.message(message).content();
  }

  @Override
  public Object form(Form form) {
    return AdaptiveCards.form(form).content();
  }

  @Override
  public String fallback(OutboundMessage message) {
    return AdaptiveCards.message(message).summary();
  }
}
