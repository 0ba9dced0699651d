package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import java.util.ArrayList;
import java.util.List;
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
      return parsed(new FeedbackCommand.Overview());
    }
    return switch (Words.keyword(first.get())) {
      case "ask" -> ask(words);
      case "give" -> give(words);
      case "given" -> alone(words, usages, Syntax.FEEDBACK_GIVEN, new FeedbackCommand.Given());
      case "help", "?" -> alone(words, usages, Syntax.FEEDBACK_HELP, new FeedbackCommand.Help());
      default -> usages.unknown(Root.FEEDBACK, first.get());
    };
  }

  private ParseResult ask(Words words) {
    if (words.isEmpty()) {
      return usages.of(Syntax.FEEDBACK_ASK);
    }
    List<PersonRef> people = new ArrayList<>();
    while (words.peek().filter(w -> !Words.keyword(w).equals("about")).isPresent()) {
      String word = words.next().orElseThrow();
      Optional<PersonRef> person = PersonRef.parse(word);
      if (person.isEmpty()) {
        return people.isEmpty()
            ? usages.of(notAPerson(word), Syntax.FEEDBACK_ASK)
            : usages.of("Put 'about' and a topic after the person.", Syntax.FEEDBACK_ASK);
      }
      if (!people.contains(person.get())) {
        people.add(person.get());
      }
    }
    if (people.isEmpty()) {
      return usages.of(notAPerson(words.peek().orElse("about")), Syntax.FEEDBACK_ASK);
    }
    if (people.size() > FeedbackCommand.Ask.MAX_PEOPLE) {
      return usages.of(
          "Ask at most " + FeedbackCommand.Ask.MAX_PEOPLE + " people at once.",
          Syntax.FEEDBACK_ASK);
    }
    if (words.nextKeyword().isEmpty()) {
      return usages.of("Put 'about' and a topic after the person.", Syntax.FEEDBACK_ASK);
    }
    Optional<String> topic = Parsing.freeText(words);
    if (topic.isEmpty()) {
      return usages.of("Say what the feedback is about.", Syntax.FEEDBACK_ASK);
    }
    if (topic.get().length() > FeedbackCommand.MAX_TOPIC) {
      return usages.of(tooLong(topic.get()), Syntax.FEEDBACK_ASK);
    }
    return parsed(new FeedbackCommand.Ask(people, topic.get()));
  }

  private ParseResult give(Words words) {
    Optional<String> who = words.next();
    if (who.isEmpty()) {
      return usages.of(Syntax.FEEDBACK_GIVE);
    }
    Optional<PersonRef> person = PersonRef.parse(who.get());
    if (person.isEmpty()) {
      return usages.of(notAPerson(who.get()), Syntax.FEEDBACK_GIVE);
    }
    if (words.isEmpty()) {
      return parsed(new FeedbackCommand.Give(person.get(), Optional.empty()));
    }
    if (!words.nextKeyword().orElse("").equals("about")) {
      return usages.of(
          "Give feedback to one person; put 'about' before a topic.", Syntax.FEEDBACK_GIVE);
    }
    Optional<String> topic = Parsing.freeText(words);
    if (topic.isEmpty()) {
      return usages.of(
          "Say what the feedback is about, or leave out 'about'.", Syntax.FEEDBACK_GIVE);
    }
    if (topic.get().length() > FeedbackCommand.MAX_TOPIC) {
      return usages.of(tooLong(topic.get()), Syntax.FEEDBACK_GIVE);
    }
    return parsed(new FeedbackCommand.Give(person.get(), topic));
  }

  private static String notAPerson(String word) {
    return Echo.quoted(word, "That") + " is not a person: use @name or an email address.";
  }

  private static String tooLong(String topic) {
    return "Keep the topic to "
        + FeedbackCommand.MAX_TOPIC
        + " characters (that one has "
        + topic.length()
        + ").";
  }
}
