package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.Delivery;
import dev.trellis.teams.inbound.ReplyTo;
import dev.trellis.teams.inbound.TeamsReplies;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers in the conversation an activity came from, through the connector that sent it: a reply
 * (threaded to the activity) or a card replaced in place, rendered beforehand ({@link
 * ReplyActivities}). A passing failure is thrown so the stored request is tried again; a lasting
 * one is logged and dropped.
 */
public final class ConnectorReplies implements TeamsReplies {

  private static final Logger log = LoggerFactory.getLogger(ConnectorReplies.class);

  private final TeamsConnector connector;

  public ConnectorReplies(TeamsConnector connector) {
    this.connector = connector;
  }

  @Override
  public void post(ReplyTo where, ObjectNode activity) throws Exception {
    ObjectNode reply = activity.deepCopy();
    where.replyToActivity().ifPresent(id -> reply.put("replyToId", id));
    settle(
        answer("a reply", () -> connector.post(where.serviceUrl(), activities(where), reply)),
        "a reply");
  }

  @Override
  public void replaceCard(ReplyTo where, String cardActivityId, ObjectNode activity)
      throws Exception {
    ObjectNode update = activity.deepCopy();
    update.put("id", cardActivityId);
    String path = activities(where) + "/" + TeamsConnector.segment(cardActivityId);
    settle(
        answer("a card update", () -> connector.put(where.serviceUrl(), path, update)),
        "a card update");
  }

  /** The inbox logs only a failure's class; the cause (refused, dropped, timed out) shows here. */
  private static ConnectorResponse answer(String what, ConnectorCall call)
      throws TeamsConnector.ConnectorUnavailableException {
    try {
      return call.run();
    } catch (TeamsConnector.ConnectorUnavailableException e) {
      log.warn("Teams connector gave no answer to {}: {}", what, e.getMessage());
      throw e;
    }
  }

  private interface ConnectorCall {
    ConnectorResponse run() throws TeamsConnector.ConnectorUnavailableException;
  }

  private static String activities(ReplyTo where) {
    return "/v3/conversations/" + TeamsConnector.segment(where.conversationId()) + "/activities";
  }

  private static void settle(ConnectorResponse response, String what) throws IOException {
    if (response.isSuccess()) {
      return;
    }
    Delivery delivery = ConnectorErrors.toDelivery(response);
    if (delivery instanceof Delivery.RetryLater later) {
      throw new IOException("Teams did not take " + what + " now: " + later.reason());
    }
    log.warn("Teams refused {}: HTTP {} {}", what, response.status(), response.errorCode());
  }
}
