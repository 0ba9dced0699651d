package dev.trellis.slack.render;

import dev.trellis.core.message.OutboundMessage;

/**
 * Renders an engine message as a Slack message: at most 50 blocks, a fallback text of at most
 * 40,000 chars. Every text the engine gives is escaped (see {@link Mrkdwn}); inputs are named, not
 * rendered (see {@link MessageBlocks}).
 */
public final class BlockKitMessages {

  private BlockKitMessages() {}

  public static SlackMessage render(OutboundMessage message) {
    return new SlackMessage(
        Mrkdwn.fit(message.fallback(), SlackLimits.MESSAGE_TEXT),
        MessageBlocks.of(message, SlackLimits.MESSAGE_BLOCKS));
  }
}
