package dev.trellis.teams.inbound;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;

/**
 * How an answer reaches a person on Teams once their activity was handled; the integrator
 * implements it with the Teams sender and the Adaptive Card renderer. Throwing means the stored
 * request is tried again later.
 */
public interface TeamsReplies {

  /** Posts the message in the conversation the activity came from. */
  void reply(ReplyTo where, OutboundMessage message) throws Exception;

  /**
   * Replaces the card whose button was pressed ({@code cardActivityId}, the activity's {@code
   * replyToId}) with the message, so the same buttons cannot be pressed twice.
   */
  void updateCard(ReplyTo where, String cardActivityId, OutboundMessage message) throws Exception;

  /** Posts a card holding the form; its submit button comes back as a form submission. */
  void sendForm(ReplyTo where, Form form) throws Exception;
}
