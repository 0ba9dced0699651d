package dev.trellis.slack.inbound;

import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;

/** How an answer reaches a person on Slack once their request was handled. */
public interface SlackReplies {

  /**
   * Answers through the request's response URL: only the person sees it, and it takes the place of
   * the message whose button they pressed when {@code replaceOriginal}.
   */
  void respond(String responseUrl, OutboundMessage message, boolean replaceOriginal)
      throws Exception;

  /** Sends a message to the person's direct conversation with the bot. */
  void sendDirect(Recipient recipient, OutboundMessage message) throws Exception;

  /** Opens a modal; {@code triggerId} comes from the request that asked for it. */
  void openForm(Recipient recipient, Form form, String triggerId) throws Exception;

  /** Shows the person's App Home tab. */
  void publishHome(OrgId orgId, String userId, OutboundMessage home) throws Exception;
}
