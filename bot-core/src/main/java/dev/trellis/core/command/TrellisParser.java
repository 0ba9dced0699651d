package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import dev.trellis.core.message.Platform;
import java.util.Optional;
import java.util.Set;

/** Reads the words after {@code /trellis}. */
final class TrellisParser {

  private final Usages usages;

  TrellisParser(Usages usages) {
    this.usages = usages;
  }

  /** The words that start a {@code /trellis} sub-command, as {@link #parse} knows them. */
  static final Set<String> SUB_COMMANDS =
      Set.of(
          "help",
          "?",
          "history",
          "settings",
          "pause",
          "resume",
          "1on1",
          "1:1",
          "one-on-one",
          "goal",
          "goals",
          "my-data",
          "mydata",
          "delete-my-data",
          "forget-me",
          "forgetme");

  ParseResult parse(Words words) {
    Optional<String> first = words.next();
    if (first.isEmpty()) {
      return parsed(new TrellisCommand.Help(Optional.empty()));
    }
    String word = Words.keyword(first.get());
    String sub = word.length() > 1 && word.startsWith("/") ? word.substring(1) : word;
    return switch (sub) {
      case "help", "?" -> help(words);
      case "history" -> history(words);
      case "settings" -> settings(words);
      case "pause" ->
          PauseParser.parse(words, usages, Syntax.TRELLIS_PAUSE, TrellisCommand.Pause::new);
      case "resume" -> alone(words, usages, Syntax.RESUME, new TrellisCommand.Resume());
      case "1on1", "1:1", "one-on-one" -> new OneOnOneParser(usages).parse(words);
      case "goal", "goals" -> new GoalParser(usages).parse(words);
      case "my-data", "mydata" ->
          alone(words, usages, Syntax.MY_DATA, new TrellisCommand.ExportMyData());
      case "forget-me", "forgetme", "delete-my-data" ->
          alone(words, usages, Syntax.FORGET_ME, new TrellisCommand.ForgetMe());
      default -> usages.unknown(Root.TRELLIS, first.get());
    };
  }

  private ParseResult help(Words words) {
    Optional<String> topic = Parsing.freeText(words).map(Words::keyword);
    if (topic.isPresent() && topic.get().length() > TrellisCommand.Help.MAX_TOPIC) {
      return usages.of(Syntax.TRELLIS_HELP);
    }
    return parsed(new TrellisCommand.Help(topic));
  }

  /** {@code settings}, or {@code settings platform slack|teams|auto}. */
  private ParseResult settings(Words words) {
    if (words.isEmpty()) {
      return parsed(new TrellisCommand.Settings());
    }
    Optional<String> what = words.nextKeyword();
    Optional<String> choice = words.nextKeyword();
    if (!what.equals(Optional.of("platform")) || choice.isEmpty() || !words.isEmpty()) {
      return usages.of(Syntax.SETTINGS, Syntax.SETTINGS_PLATFORM);
    }
    return switch (choice.get()) {
      case "slack" -> parsed(new TrellisCommand.ChoosePlatform(Optional.of(Platform.SLACK)));
      case "teams" -> parsed(new TrellisCommand.ChoosePlatform(Optional.of(Platform.TEAMS)));
      case "auto" -> parsed(new TrellisCommand.ChoosePlatform(Optional.empty()));
      default -> usages.of(Syntax.SETTINGS_PLATFORM);
    };
  }

  private ParseResult history(Words words) {
    if (words.isEmpty()) {
      return parsed(new TrellisCommand.History(TrellisCommand.History.DEFAULT_COUNT));
    }
    Optional<Integer> count = words.next().flatMap(TimeWords::count);
    if (!words.isEmpty()
        || count.isEmpty()
        || count.get() < 1
        || count.get() > TrellisCommand.History.MAX_COUNT) {
      return usages.of(Syntax.HISTORY);
    }
    return parsed(new TrellisCommand.History(count.get()));
  }
}
