package dev.trellis.core.conversation;

import dev.trellis.core.command.CommandGrammar;
import dev.trellis.core.command.ParseResult;
import dev.trellis.core.feature.CommandWord;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.message.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a command line: a {@code /trellis} sub-command a feature registered with its own parser,
 * else the common grammar ({@link CommandGrammar}).
 */
final class ReadingCommands {

  private static final String TRELLIS = "trellis";

  private final Routes routes;

  ReadingCommands(Routes routes) {
    this.routes = routes;
  }

  ParseResult parse(CommandLine line) {
    return parse(line.platform(), line.command(), line.text());
  }

  /** {@code root}: the command word, or empty when the words were typed to the bot. */
  ParseResult parse(Platform platform, String root, String text) {
    List<String> words = CommandGrammar.words(text);
    boolean typed = root == null || root.isBlank();
    if (typed && !words.isEmpty() && bare(words.get(0)).equals(TRELLIS)) {
      words = words.subList(1, words.size());
    }
    Optional<CommandWord> own =
        (typed || bare(root).equals(TRELLIS)) && !words.isEmpty()
            ? routes.word(bare(words.get(0)))
            : Optional.empty();
    if (own.isEmpty()) {
      return CommandGrammar.parse(platform, root, text);
    }
    List<String> rest = words.subList(1, words.size());
    return own.get()
        .parser()
        .apply(rest)
        .<ParseResult>map(ParseResult.Parsed::new)
        .orElseGet(
            () ->
                new ParseResult.Usage(
                    "Usage: "
                        + (platform == Platform.SLACK ? "/trellis " : "trellis ")
                        + own.get().syntax()));
  }

  /** Whether a line typed to the bot starts with a word of the grammar or of a feature. */
  boolean startsWithCommandWord(String text) {
    List<String> words = CommandGrammar.words(text);
    return CommandGrammar.startsWithCommandWord(text)
        || (!words.isEmpty() && routes.word(bare(words.get(0))).isPresent());
  }

  private static String bare(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.startsWith("/") ? w.substring(1) : w;
  }
}
