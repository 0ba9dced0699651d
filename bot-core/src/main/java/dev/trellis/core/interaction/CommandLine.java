package dev.trellis.core.interaction;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A command a person typed: a Slack slash command ({@code /trellis pause 2w}) or the same words
 * sent to the bot on Teams.
 *
 * @param command the root word without its slash, in lower case ({@code trellis}, {@code buddy},
 *     {@code feedback}); empty when the words were typed to the bot without one, as on Teams, where
 *     the first word of {@code text} may be the root. A leading slash and upper case are normalised
 *     away.
 * @param text the rest of the line as typed; may be empty
 * @param trigger the platform's handle for opening a form in answer (Slack's {@code trigger_id});
 *     empty when the platform gave none
 */
public record CommandLine(
    OrgId orgId,
    PersonId personId,
    Platform platform,
    Instant receivedAt,
    String command,
    String text,
    String trigger)
    implements Interaction {

  private static final Pattern COMMAND = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  public CommandLine {
    Interactions.requireOrigin(orgId, personId, platform, receivedAt);
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(trigger, "trigger");
    String typed = command.strip();
    boolean slashed = typed.startsWith("/");
    String word = (slashed ? typed.substring(1) : typed).toLowerCase(Locale.ROOT);
    if ((slashed || !word.isEmpty()) && !COMMAND.matcher(word).matches()) {
      throw new IllegalArgumentException("Not a command word: '" + command + "'");
    }
    command = word;
  }

  /** Whether the platform gave a handle to open a form with. */
  public boolean canOpenForm() {
    return !trigger.isBlank();
  }
}
