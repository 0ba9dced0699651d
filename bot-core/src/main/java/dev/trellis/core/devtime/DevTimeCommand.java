package dev.trellis.core.devtime;

import dev.trellis.core.command.FeatureCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code devtime} sub-commands. {@code devtime log} keeps its words: what they mean (a day in
 * the person's zone, one of their goals) is read against the person, so every wrong input gets its
 * own reason.
 */
sealed interface DevTimeCommand extends FeatureCommand {

  String SYNTAX =
      "devtime [log <duration> <what> [--goal <n>] [--on <day>] | undo | history | share | unshare]";

  /** {@code devtime}: this month. */
  record Show() implements DevTimeCommand {}

  /** {@code devtime log …}, the words after {@code log}. */
  record Log(List<String> words) implements DevTimeCommand {
    public Log {
      words = List.copyOf(words);
    }
  }

  /** {@code devtime undo}. */
  record Undo() implements DevTimeCommand {}

  /** {@code devtime history}. */
  record History() implements DevTimeCommand {}

  /** {@code devtime share}. */
  record Share() implements DevTimeCommand {}

  /** {@code devtime unshare}. */
  record Unshare() implements DevTimeCommand {}

  /** The command the words after {@code devtime} make; empty when they make none. */
  static Optional<DevTimeCommand> parse(List<String> words) {
    if (words.isEmpty()) {
      return Optional.of(new Show());
    }
    String sub = words.get(0).toLowerCase(Locale.ROOT);
    List<String> rest = words.subList(1, words.size());
    if (sub.equals("log")) {
      return Optional.of(new Log(rest));
    }
    if (!rest.isEmpty()) {
      return Optional.empty();
    }
    return switch (sub) {
      case "show", "month" -> Optional.of(new Show());
      case "undo" -> Optional.of(new Undo());
      case "history", "summary" -> Optional.of(new History());
      case "share" -> Optional.of(new Share());
      case "unshare" -> Optional.of(new Unshare());
      default -> Optional.empty();
    };
  }
}
