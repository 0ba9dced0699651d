package dev.trellis.slack.inbound;

import com.slack.api.Slack;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.SlackMessage;
import dev.trellis.slack.send.SlackPlatform;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers on Slack with the bot's own calls: response URLs, and the sender's DMs and modals. A
 * passing failure of an answer is thrown, so the inbox delivers it again; a lasting one (the person
 * cannot be reached) is logged and dropped, as trying again would not help.
 */
public final class SlackBotReplies implements SlackReplies {

  private static final Logger log = LoggerFactory.getLogger(SlackBotReplies.class);

  private final ResponseUrls responseUrls;
  private final SlackPlatform slack;

  public SlackBotReplies(Slack http, SlackPlatform slack) {
    this.responseUrls = new ResponseUrls(http);
    this.slack = slack;
  }

  @Override
  public void respond(String responseUrl, SlackMessage message, boolean replaceOriginal)
      throws IOException {
    responseUrls.respond(responseUrl, message, replaceOriginal);
  }

  @Override
  public void sendDirect(OrgId orgId, String userId, SlackMessage message) throws IOException {
    Delivery delivery = slack.post(orgId, userId, message);
    if (delivery instanceof Delivery.RetryLater later) {
      throw new IOException("Slack did not take a direct answer now: " + later.reason());
    }
    if (delivery instanceof Delivery.Failed failed) {
      log.warn("Slack refused a direct answer: {}", failed.reason());
    }
  }

  @Override
  public Delivery openForm(Recipient recipient, Form form, String triggerId) {
    return slack.openForm(recipient, form, triggerId);
  }
}
