package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import java.util.Optional;
import java.util.function.Function;

/** Reads the words after {@code /buddy}. */
final class BuddyParser {

  private final Usages usages;

  BuddyParser(Usages usages) {
    this.usages = usages;
  }

  ParseResult parse(Words words) {
    Optional<String> first = words.next();
    if (first.isEmpty()) {
      return parsed(new BuddyCommand.Help());
    }
    return switch (Words.keyword(first.get())) {
      case "join" -> cohortName(words, Syntax.BUDDY_JOIN, BuddyCommand.Join::new);
      case "leave" -> cohortName(words, Syntax.BUDDY_LEAVE, BuddyCommand.Leave::new);
      case "pause" -> PauseParser.parse(words, usages, Syntax.BUDDY_PAUSE, BuddyCommand.Pause::new);
      case "propose" -> propose(words);
      case "accept" -> alone(words, usages, Syntax.BUDDY_ACCEPT, new BuddyCommand.Accept());
      case "done" -> done(words);
      case "skip" -> alone(words, usages, Syntax.BUDDY_SKIP, new BuddyCommand.Skip());
      case "status" -> alone(words, usages, Syntax.BUDDY_STATUS, new BuddyCommand.Status());
      case "help", "?" -> alone(words, usages, Syntax.BUDDY_HELP, new BuddyCommand.Help());
      default -> usages.unknown(Root.BUDDY, first.get());
    };
  }

  private ParseResult cohortName(
      Words words, Syntax syntax, Function<Optional<String>, BuddyCommand> command) {
    Optional<String> name = Parsing.freeText(words);
    if (name.isPresent() && name.get().length() > BuddyCommand.Join.MAX_COHORT) {
      return usages.of("That is longer than any cohort name.", syntax);
    }
    return parsed(command.apply(name));
  }

  private ParseResult propose(Words words) {
    String when = words.restAsText();
    if (when.isEmpty()) {
      return usages.of("Say when you would like to meet.", Syntax.BUDDY_PROPOSE);
    }
    if (when.length() > BuddyCommand.Propose.MAX_WHEN) {
      return usages.of("Keep the time short, like tomorrow 15:00.", Syntax.BUDDY_PROPOSE);
    }
    return parsed(new BuddyCommand.Propose(when));
  }

  private ParseResult done(Words words) {
    Optional<String> note = Parsing.freeText(words);
    if (note.isPresent() && note.get().length() > BuddyCommand.Done.MAX_NOTE) {
      return usages.of("Keep the note under 1000 characters.", Syntax.BUDDY_DONE);
    }
    return parsed(new BuddyCommand.Done(note));
  }
}
