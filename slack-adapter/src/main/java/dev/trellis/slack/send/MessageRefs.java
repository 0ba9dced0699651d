package dev.trellis.slack.send;

import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.Platform;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack message references: {@code channel:ts} for a message (the conversation id Slack answered
 * with, and the message timestamp), {@code view:id} for an opened modal.
 */
final class MessageRefs {

  private static final Pattern MESSAGE = Pattern.compile("([A-Z0-9]+):([0-9]+\\.[0-9]+)");

  private MessageRefs() {}

  static MessageRef message(String channel, String ts) {
    return new MessageRef(Platform.SLACK, channel + ":" + ts);
  }

  static MessageRef view(String viewId) {
    return new MessageRef(Platform.SLACK, "view:" + viewId);
  }

  /** The channel and timestamp of a message reference; empty for anything else. */
  static Optional<ChannelAndTs> parseMessage(MessageRef ref) {
    if (ref.platform() != Platform.SLACK) {
      return Optional.empty();
    }
    Matcher m = MESSAGE.matcher(ref.value());
    return m.matches() ? Optional.of(new ChannelAndTs(m.group(1), m.group(2))) : Optional.empty();
  }

  record ChannelAndTs(String channel, String ts) {}
}
