package dev.trellis.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message ready for {@code chat.postMessage} or {@code chat.update}.
 *
 * @param text the notification and fallback text, already escaped for mrkdwn
 * @param blocks the Block Kit blocks, within Slack's limits
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
