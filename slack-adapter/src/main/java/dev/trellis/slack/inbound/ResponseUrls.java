package dev.trellis.slack.inbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.trellis.slack.render.SlackMessage;
import java.io.IOException;

/**
 * Answers through a request's response URL: visible only to the person who acted, replacing the
 * message they pressed a button on when asked to. A response URL works for 30 minutes and needs no
 * token.
 */
final class ResponseUrls {

  private final Slack slack;

  ResponseUrls(Slack slack) {
    this.slack = slack;
  }

  void respond(String responseUrl, SlackMessage rendered, boolean replaceOriginal)
      throws IOException {
    ActionResponse body =
        ActionResponse.builder()
            .responseType("ephemeral")
            .replaceOriginal(replaceOriginal)
            .text(rendered.text())
            .blocks(rendered.blocks())
            .build();
    WebhookResponse response = slack.send(responseUrl, GsonFactory.createSnakeCase().toJson(body));
    if (response.getCode() == 429 || response.getCode() >= 500) {
      throw new IOException("Slack answered " + response.getCode() + " to a response URL");
    }
    if (response.getCode() != 200) {
      // A response URL that expired or was used up: the answer cannot be shown there any more.
      throw new ExpiredResponseUrl(response.getCode());
    }
  }

  /** The response URL no longer takes answers (it lasts 30 minutes and five uses). */
  static final class ExpiredResponseUrl extends IOException {
    ExpiredResponseUrl(int status) {
      super("The response URL answered " + status);
    }
  }
}
