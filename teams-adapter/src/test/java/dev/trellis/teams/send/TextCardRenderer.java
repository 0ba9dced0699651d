package dev.trellis.teams.send;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import java.util.List;
import java.util.Map;

/** A stand-in for the card renderer: one TextBlock with the message text. */
public final class TextCardRenderer implements CardRenderer {

  @Override
  public Object card(OutboundMessage message) {
    return adaptiveCard(message.text());
  }

  @Override
  public Object form(Form form) {
    return adaptiveCard(form.title());
  }

  @Override
  public String fallback(OutboundMessage message) {
    return message.fallback();
  }

  private static Map<String, Object> adaptiveCard(String text) {
    return Map.of(
        "type",
        "AdaptiveCard",
        "version",
        "1.5",
        "body",
        List.of(Map.of("type", "TextBlock", "text", text, "wrap", true)));
  }
}
