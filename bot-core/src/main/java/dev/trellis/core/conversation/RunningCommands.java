package dev.trellis.core.conversation;

import dev.trellis.core.command.Command;
import dev.trellis.core.command.ParseResult;
import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Platform;
import java.time.Instant;

/**
 * Hands a parsed command to the feature that registered its type; answers {@code help} itself, from
 * what the features registered, and a usage line for words that made no command.
 */
final class RunningCommands {

  private final Routes routes;
  private final ShowingHelp help;

  RunningCommands(Routes routes) {
    this.routes = routes;
    this.help = new ShowingHelp(routes);
  }

  /** {@code platform}: where the person typed it, so answers show commands as typed there. */
  Response run(Person person, ParseResult parsed, Platform platform, Instant now) {
    if (parsed instanceof ParseResult.Usage usage) {
      return Response.sayWhereAsked(usage.message());
    }
    Command command = ((ParseResult.Parsed) parsed).command();
    if (command instanceof TrellisCommand.Help asked) {
      return Response.sayWhereAsked(help.about(asked.topic(), platform));
    }
    return routes
        .run(command, new Asked(person, platform, now))
        .orElseGet(
            () ->
                Response.sayWhereAsked(
                    "That command is not available yet in this version of Trellis. Type help to"
                        + " see what works today."));
  }
}
