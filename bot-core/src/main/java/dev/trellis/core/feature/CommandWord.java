package dev.trellis.core.feature;

import dev.trellis.core.command.FeatureCommand;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A {@code /trellis} sub-command a feature reads itself ({@code /trellis echo hello}, or {@code
 * echo hello} typed to the bot).
 *
 * @param word the sub-command, in lower case
 * @param syntax its usage after {@code /trellis}, shown when the rest does not parse
 * @param parser reads the words after {@code word}; empty when they make no command
 */
public record CommandWord(
    String word, String syntax, Function<List<String>, Optional<? extends FeatureCommand>> parser) {

  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public CommandWord {
    if (word == null
        || !WORD.matcher(word).matches()
        || !word.equals(word.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("Not a command word: '" + word + "'");
    }
    Objects.requireNonNull(syntax, "syntax");
    Objects.requireNonNull(parser, "parser");
  }
}
