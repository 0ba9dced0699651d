package dev.trellis.teams.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a rendered reply reaches a person on Teams once their activity was handled (see {@link
 * dev.trellis.teams.send.ReplyActivities} for the rendering). Throwing means it is delivered again
 * later.
 */
public interface TeamsReplies {

  /** Posts the activity in the conversation {@code where} names, threaded to what it answers. */
  void post(ReplyTo where, ObjectNode activity) throws Exception;

  /**
   * Replaces the card whose button was pressed ({@code cardActivityId}, the activity's {@code
   * replyToId}) with the activity, so the same buttons cannot be pressed twice.
   */
  void replaceCard(ReplyTo where, String cardActivityId, ObjectNode activity) throws Exception;
}
