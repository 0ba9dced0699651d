package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import java.util.Optional;

/** Reads the words after {@code /feedback}. */
final class FeedbackParser {

  private final Usages usages;

  FeedbackParser(Usages usages) {
    this.usages = usages;
  }

  ParseResult parse(Words words) {
    Optional<String> first = words.next();
    if (first.isEmpty()) {
      return parsed(new FeedbackCommand.Help());
    }
    return switch (Words.keyword(first.get())) {
      case "ask" -> ask(words);
      case "help", "?" -> alone(words, usages, Syntax.FEEDBACK_HELP, new FeedbackCommand.Help());
      default -> usages.unknown(Root.FEEDBACK, first.get());
    };
  }

  private ParseResult ask(Words words) {
    Optional<String> who = words.next();
    if (who.isEmpty()) {
      return usages.of(Syntax.FEEDBACK_ASK);
    }
    Optional<PersonRef> person = PersonRef.parse(who.get());
    if (person.isEmpty()) {
      return problem(
          Echo.quoted(who.get(), "That") + " is not a person: use @name or an email address.");
    }
    Optional<String> about = words.nextKeyword();
    if (about.isEmpty() || !about.get().equals("about")) {
      return problem("Put 'about' and a topic after the person.");
    }
    Optional<String> topic = Parsing.freeText(words);
    if (topic.isEmpty()) {
      return problem("Say what the feedback is about.");
    }
    if (topic.get().length() > FeedbackCommand.Ask.MAX_TOPIC) {
      return problem("Keep the topic under 200 characters.");
    }
    return parsed(new FeedbackCommand.Ask(person.get(), topic.get()));
  }

  private ParseResult problem(String problem) {
    return usages.of(problem, Syntax.FEEDBACK_ASK);
  }
}
