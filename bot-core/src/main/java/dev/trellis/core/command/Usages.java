package dev.trellis.core.command;

import dev.trellis.core.command.ParseResult.Usage;
import dev.trellis.core.message.Platform;

/**
 * Writes usage messages the way the person types commands on their platform: {@code /trellis pause
 * 2w} on Slack, {@code trellis pause 2w} on Teams.
 */
final class Usages {

  private final String slash;

  Usages(Platform platform) {
    this.slash = platform == Platform.SLACK ? "/" : "";
  }

  /** The usage of one or more sub-commands, one line each. */
  Usage of(Syntax... syntaxes) {
    StringBuilder message = new StringBuilder();
    for (Syntax syntax : syntaxes) {
      message.append(message.length() == 0 ? "" : "\n").append(line(syntax));
    }
    return new Usage(message.toString());
  }

  /**
   * What was wrong, then the usage of what they tried; only the usage when the problem is blank.
   */
  Usage of(String problem, Syntax syntax) {
    return new Usage(problem.isBlank() ? line(syntax) : problem + "\n" + line(syntax));
  }

  /** An unknown sub-command: the sub-commands of its root. */
  Usage unknown(Root root, String word) {
    String what = Echo.quoted(word, "That");
    return new Usage(
        what
            + " is not a "
            + command(root)
            + " command. Try "
            + command(root)
            + " with: "
            + root.subCommands);
  }

  /** A root that is none of Trellis's. */
  Usage unknownRoot() {
    return new Usage(
        "Trellis understands "
            + command(Root.TRELLIS)
            + ", "
            + command(Root.BUDDY)
            + " and "
            + command(Root.FEEDBACK)
            + ". Try "
            + command(Root.TRELLIS)
            + " help.");
  }

  String command(Root root) {
    return slash + root.word;
  }

  private String line(Syntax syntax) {
    String usage = "Usage: " + command(syntax.root) + " " + syntax.syntax;
    if (syntax.example.isEmpty()) {
      return usage;
    }
    return usage + "  — for example " + command(syntax.root) + " " + syntax.example;
  }
}
