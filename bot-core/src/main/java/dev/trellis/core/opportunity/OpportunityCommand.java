package dev.trellis.core.opportunity;

import dev.trellis.core.command.FeatureCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code /trellis opportunity} sub-commands, read from the words after the command word. */
sealed interface OpportunityCommand extends FeatureCommand {

  String WORD = "opportunity";
  String SYNTAX = "opportunity post | list | mine | close <n>";

  /** Opens the form to post one. */
  record Post() implements OpportunityCommand {}

  /** The open ones, newest first. */
  record ListOpen() implements OpportunityCommand {}

  /** The poster's own, with how many showed interest. */
  record Mine() implements OpportunityCommand {}

  /** Closes one, by its number as typed (read by the feature, so a wrong one gets a reason). */
  record Close(String typed) implements OpportunityCommand {}

  /** {@code opportunity} alone: the help. */
  record Help() implements OpportunityCommand {}

  /** Reads the words after {@code opportunity}; empty when they make no command. */
  static Optional<OpportunityCommand> parse(List<String> words) {
    if (words.isEmpty()) {
      return Optional.of(new Help());
    }
    String sub = words.get(0).toLowerCase(Locale.ROOT);
    List<String> rest = words.subList(1, words.size());
    return switch (sub) {
      case "post", "new" -> rest.isEmpty() ? Optional.of(new Post()) : Optional.empty();
      case "list" -> rest.isEmpty() ? Optional.of(new ListOpen()) : Optional.empty();
      case "mine" -> rest.isEmpty() ? Optional.of(new Mine()) : Optional.empty();
      case "close" -> Optional.of(new Close(String.join(" ", rest)));
      case "help" -> Optional.of(new Help());
      default -> Optional.empty();
    };
  }
}
