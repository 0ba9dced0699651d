package dev.trellis.teams.render;

import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import java.util.regex.Pattern;

/**
 * The engine writes commands as Slack's slash commands ({@code /buddy done}); on Teams they are
 * typed to the bot without the slash ({@code buddy done}), so cards show them that way. (Typed with
 * the slash they work too.)
 */
final class CommandWords {

  private static final Pattern SLASH_COMMAND =
      Pattern.compile("(?<![\\w/<@.:-])/(trellis|buddy|feedback)\\b");

  private CommandWords() {}

  static String asTyped(String text) {
    return SLASH_COMMAND.matcher(text).replaceAll("$1");
  }

  static OutboundMessage asTyped(OutboundMessage message) {
    return new OutboundMessage(
        message.header().map(CommandWords::asTyped),
        asTyped(message.text()),
        message.fields().stream()
            .map(f -> new Field(asTyped(f.label()), asTyped(f.value())))
            .toList(),
        message.buttons(),
        message.inputs(),
        message.context().map(CommandWords::asTyped),
        asTyped(message.fallback()));
  }
}
