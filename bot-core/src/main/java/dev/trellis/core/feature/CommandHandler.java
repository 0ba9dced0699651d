package dev.trellis.core.feature;

import dev.trellis.core.command.Command;
import dev.trellis.core.interaction.Response;

/** Carries out one type of command for the person who typed it. */
@FunctionalInterface
public interface CommandHandler<C extends Command> {

  Response run(C command, Asked asked);
}
