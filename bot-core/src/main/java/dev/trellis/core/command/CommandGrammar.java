package dev.trellis.core.command;

import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.message.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one grammar for {@code /trellis}, {@code /buddy} and {@code /feedback} on Slack and for the
 * same words typed to the bot on Teams. It never throws: words that make no command give a {@link
 * ParseResult.Usage} to show the person.
 */
public final class CommandGrammar {

  private CommandGrammar() {}

  /**
   * Parses a command line, writing usage lines as Slack slash commands.
   *
   * @param root the command word ({@code trellis} or {@code /trellis}, {@code buddy}, {@code
   *     feedback}), or empty (or null) when the words were typed to the bot: then the first word
   *     may be a root, or directly a {@code /trellis} sub-command such as {@code help}
   * @param text the words after the root; may be null, empty or anything at all
   */
  public static ParseResult parse(String root, String text) {
    return parse(Platform.SLACK, root, text);
  }

  /** Parses a command line an adapter received. */
  public static ParseResult parse(CommandLine line) {
    return parse(line.platform(), line.command(), line.text());
  }

  /**
   * Parses a command line, writing usage lines the way commands are typed on {@code platform}:
   * {@code /trellis pause 2w} on Slack, {@code trellis pause 2w} on Teams.
   */
  public static ParseResult parse(Platform platform, String root, String text) {
    Usages usages = new Usages(Objects.requireNonNull(platform, "platform"));
    Words words = Words.of(text);
    String rootWord = root == null ? "" : root.strip();
    if (rootWord.isEmpty()) {
      return typedToTheBot(words, usages);
    }
    Optional<Root> known = Root.of(rootWord);
    if (known.isEmpty()) {
      return usages.unknownRoot();
    }
    return parse(known.get(), words, usages);
  }

  /**
   * Whether a line typed to the bot starts with a command word ({@code trellis}, {@code pause},
   * {@code 1on1}, …): then a line that does not parse was meant as a command and deserves its usage
   * line, not a guess that it was chat.
   */
  /**
   * The words of a text as commands read them: any run of whitespace, control or zero-width
   * characters separates words.
   */
  public static List<String> words(String text) {
    return Words.of(text).rest();
  }

  public static boolean startsWithCommandWord(String text) {
    Optional<String> first = Words.of(text).peek().map(Words::keyword);
    if (first.isEmpty()) {
      return false;
    }
    String word = first.get().startsWith("/") ? first.get().substring(1) : first.get();
    return Root.of(word).isPresent() || TrellisParser.SUB_COMMANDS.contains(word);
  }

  private static ParseResult typedToTheBot(Words words, Usages usages) {
    Optional<Root> root = words.peek().flatMap(Root::of);
    if (root.isPresent()) {
      words.next();
      return parse(root.get(), words, usages);
    }
    return parse(Root.TRELLIS, words, usages);
  }

  private static ParseResult parse(Root root, Words words, Usages usages) {
    return switch (root) {
      case TRELLIS -> new TrellisParser(usages).parse(words);
      case BUDDY -> new BuddyParser(usages).parse(words);
      case FEEDBACK -> new FeedbackParser(usages).parse(words);
    };
  }
}
