package dev.trellis.slack.inbound;

import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.SlackMessage;

/** How an answer reaches a person on Slack once their request was handled. */
public interface SlackReplies {

  /**
   * Answers through the request's response URL: only the person sees it, and it takes the place of
   * the message whose button they pressed when {@code replaceOriginal}.
   */
  void respond(String responseUrl, SlackMessage message, boolean replaceOriginal) throws Exception;

  /** Sends a message to the person's direct conversation with the bot. */
  void sendDirect(OrgId orgId, String userId, SlackMessage message) throws Exception;

  /**
   * Opens a modal; {@code triggerId} comes from the request that asked for it and lasts seconds, so
   * this is tried once and answers what became of it.
   */
  Delivery openForm(Recipient recipient, Form form, String triggerId);
}
