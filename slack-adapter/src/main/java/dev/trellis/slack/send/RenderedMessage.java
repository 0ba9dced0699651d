package dev.trellis.slack.send;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message as Slack takes it: Block Kit blocks, and the plain text Slack shows in notifications
 * and where blocks cannot be shown.
 */
public record RenderedMessage(String text, List<LayoutBlock> blocks) {
  public RenderedMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
