package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/**
 * The engine's messages and forms as the activities Teams is sent: an Adaptive Card beside its
 * plain-text fallback. A reply is rendered once, when its request's work is done, and kept with the
 * request until it is delivered.
 */
public final class ReplyActivities {

  private final CardRenderer renderer;

  public ReplyActivities(CardRenderer renderer) {
    this.renderer = renderer;
  }

  public ObjectNode message(OutboundMessage message) {
    return TeamsPlatform.activity(renderer.card(message), renderer.fallback(message));
  }

  /** A card holding the form; its submit button comes back as a form submission. */
  public ObjectNode form(Form form) {
    return TeamsPlatform.activity(renderer.form(form), form.title());
  }
}
