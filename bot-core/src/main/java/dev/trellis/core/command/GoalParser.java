package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code goal add <text> [--direction d]} and {@code goal list}. The option may stand
 * anywhere after {@code add}, as {@code --direction d} or {@code --direction=d}; a long dash
 * ({@code —direction}), which phones and Macs make of two hyphens, counts too.
 */
final class GoalParser {

  private static final String DIRECTIONS = "grow, lateral, stretch, mentoring or learning";

  private final Usages usages;

  GoalParser(Usages usages) {
    this.usages = usages;
  }

  ParseResult parse(Words words) {
    Optional<String> sub = words.nextKeyword();
    if (sub.isPresent() && sub.get().equals("add")) {
      return add(words);
    }
    if (sub.isPresent() && sub.get().equals("list")) {
      return alone(words, usages, Syntax.GOAL_LIST, new TrellisCommand.ListGoals());
    }
    return usages.of(Syntax.GOAL_ADD, Syntax.GOAL_LIST);
  }

  private ParseResult add(Words words) {
    Split split = Split.of(words.rest());
    if (split.unknownOption().isPresent()) {
      return problem(
          Echo.quoted(split.unknownOption().get(), "That option")
              + " is not an option of goal add.");
    }
    if (split.directions().size() > 1) {
      return problem("Give --direction once.");
    }
    Optional<GoalDirection> direction =
        split.directions().isEmpty()
            ? Optional.of(GoalDirection.GROW)
            : GoalDirection.parse(split.directions().get(0));
    if (direction.isEmpty()) {
      String given = split.directions().get(0);
      return problem(
          given.isEmpty()
              ? "Say which direction: " + DIRECTIONS + "."
              : Echo.quoted(given, "That") + " is not a direction: use " + DIRECTIONS + ".");
    }
    Optional<String> goal = Parsing.freeText(Words.of(String.join(" ", split.text())));
    if (goal.isEmpty()) {
      return problem("Say what the goal is.");
    }
    if (goal.get().length() > TrellisCommand.AddGoal.MAX_TEXT) {
      return problem("Keep a goal under 300 characters; the details can come later.");
    }
    return parsed(new TrellisCommand.AddGoal(goal.get(), direction.get()));
  }

  /** The words after {@code goal add}, sorted into the goal's text and the options' values. */
  private record Split(List<String> text, List<String> directions, Optional<String> unknownOption) {

    static Split of(List<String> words) {
      List<String> text = new ArrayList<>();
      List<String> directions = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        Optional<String> option = option(word);
        if (option.isEmpty()) {
          text.add(word);
        } else if (option.get().equals("direction")) {
          directions.add(i + 1 < words.size() ? words.get(++i) : "");
        } else if (option.get().startsWith("direction=")) {
          directions.add(option.get().substring("direction=".length()));
        } else {
          return new Split(text, directions, Optional.of(word));
        }
      }
      return new Split(text, directions, Optional.empty());
    }
  }

  /**
   * The option a word names, in lower case and without its dashes: {@code --Direction} gives {@code
   * direction}. A long dash counts only before {@code direction}, so that a dash in the goal's text
   * stays text.
   */
  private static Optional<String> option(String word) {
    String w = Words.keyword(word);
    if (w.startsWith("--") && w.length() > 2 && Character.isLetter(w.charAt(2))) {
      return Optional.of(w.substring(2));
    }
    if ((w.startsWith("—") || w.startsWith("–")) && w.startsWith("direction", 1)) {
      return Optional.of(w.substring(1));
    }
    return Optional.empty();
  }

  private ParseResult problem(String problem) {
    return usages.of(problem, Syntax.GOAL_ADD);
  }
}
