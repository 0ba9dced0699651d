package dev.trellis.slack.inbound;

import com.slack.api.Slack;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.render.BlockKitHome;
import dev.trellis.slack.send.SlackHomeTab;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers on Slack with the bot's own calls: response URLs, and the sender's DMs, modals and App
 * Home. A passing failure is thrown, so the inbox tries the request again; a lasting one (the
 * person cannot be reached) is logged and dropped, as trying again would not help.
 */
public final class SlackBotReplies implements SlackReplies {

  private static final Logger log = LoggerFactory.getLogger(SlackBotReplies.class);

  private final ResponseUrls responseUrls;
  private final ChatPlatform slack;
  private final SlackHomeTab homeTab;

  public SlackBotReplies(Slack http, ChatPlatform slack, SlackHomeTab homeTab) {
    this.responseUrls = new ResponseUrls(http);
    this.slack = slack;
    this.homeTab = homeTab;
  }

  @Override
  public void respond(String responseUrl, OutboundMessage message, boolean replaceOriginal)
      throws IOException {
    responseUrls.respond(responseUrl, message, replaceOriginal);
  }

  @Override
  public void sendDirect(Recipient recipient, OutboundMessage message) throws IOException {
    settle(slack.deliver(recipient, message), "a direct answer");
  }

  @Override
  public void openForm(Recipient recipient, Form form, String triggerId) throws IOException {
    settle(slack.openForm(recipient, form, triggerId), "a form");
  }

  @Override
  public void publishHome(OrgId orgId, String userId, OutboundMessage home) throws IOException {
    settle(homeTab.publish(orgId, userId, BlockKitHome.render(home)), "the App Home");
  }

  private static void settle(Delivery delivery, String what) throws IOException {
    if (delivery instanceof Delivery.RetryLater later) {
      throw new IOException("Slack did not take " + what + " now: " + later.reason());
    }
    if (delivery instanceof Delivery.Failed failed) {
      log.warn("Slack refused {}: {}", what, failed.reason());
    }
  }
}
