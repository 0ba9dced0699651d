package dev.trellis.core.command;

import java.util.Objects;

/** What {@link CommandGrammar} made of a command line: a command, or a usage line to show. */
public sealed interface ParseResult {

  /** The words made a valid command. */
  record Parsed(Command command) implements ParseResult {
    public Parsed {
      Objects.requireNonNull(command, "command");
    }
  }

  /**
   * The words made no valid command. {@code message} is a short, friendly text for the person: what
   * was wrong, when that is clear, and the syntax of what they tried, with an example.
   */
  record Usage(String message) implements ParseResult {
    public static final int MAX_LENGTH = 300;

    public Usage {
      if (message == null || message.isBlank() || message.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "A usage message is 1 to " + MAX_LENGTH + " characters: '" + message + "'");
      }
    }
  }
}
