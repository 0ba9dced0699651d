package dev.trellis.core.command;

import static dev.trellis.core.command.Parsing.alone;
import static dev.trellis.core.command.Parsing.parsed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code goal add <text> [--direction d]}, {@code goal list} and the commands about one goal,
 * by the person's own number for it ({@code goal next <n> <next step>}, {@code goal
 * done|drop|share| unshare <n>}). The option may stand anywhere after {@code add}, as {@code
 * --direction d} or {@code --direction=d}; a long dash ({@code —direction}), which phones and Macs
 * make of two hyphens, counts too. A number may be written {@code 3} or {@code #3}.
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
    if (sub.isPresent() && sub.get().equals("next")) {
      return next(words);
    }
    Optional<Syntax> aboutOne = sub.flatMap(GoalParser::aboutOneGoal);
    if (aboutOne.isPresent()) {
      return aboutOne(aboutOne.get(), words);
    }
    return new ParseResult.Usage(
        "Try "
            + usages.command(Root.TRELLIS)
            + " goal with: add <text>, list, next <n> <next step>, done <n>, drop <n>, share <n>"
            + " or unshare <n>.\n"
            + usages.of(Syntax.GOAL_ADD).message());
  }

  private static Optional<Syntax> aboutOneGoal(String sub) {
    return switch (sub) {
      case "done" -> Optional.of(Syntax.GOAL_DONE);
      case "drop" -> Optional.of(Syntax.GOAL_DROP);
      case "share" -> Optional.of(Syntax.GOAL_SHARE);
      case "unshare" -> Optional.of(Syntax.GOAL_UNSHARE);
      default -> Optional.empty();
    };
  }

  private ParseResult aboutOne(Syntax syntax, Words words) {
    GoalNumber number = number(words);
    if (number.problem().isPresent()) {
      return usages.of(number.problem().get(), syntax);
    }
    if (!words.isEmpty()) {
      return usages.of("Give only the goal's number.", syntax);
    }
    int n = number.value();
    return parsed(
        switch (syntax) {
          case GOAL_DONE -> new TrellisCommand.FinishGoal(n);
          case GOAL_DROP -> new TrellisCommand.DropGoal(n);
          case GOAL_SHARE -> new TrellisCommand.ShareGoal(n);
          default -> new TrellisCommand.UnshareGoal(n);
        });
  }

  private ParseResult next(Words words) {
    GoalNumber number = number(words);
    if (number.problem().isPresent()) {
      return usages.of(number.problem().get(), Syntax.GOAL_NEXT);
    }
    Optional<String> step = Parsing.freeText(words);
    if (step.isEmpty()) {
      return usages.of("Say what the next step is.", Syntax.GOAL_NEXT);
    }
    if (step.get().length() > TrellisCommand.SetGoalNextStep.MAX_TEXT) {
      return usages.of(
          "Keep a next step to at most "
              + TrellisCommand.SetGoalNextStep.MAX_TEXT
              + " characters: the one thing you will do next.",
          Syntax.GOAL_NEXT);
    }
    return parsed(new TrellisCommand.SetGoalNextStep(number.value(), step.get()));
  }

  /** A goal number read from the next word, or what is wrong with it. */
  private record GoalNumber(int value, Optional<String> problem) {}

  private static GoalNumber number(Words words) {
    Optional<String> word = words.next();
    if (word.isEmpty()) {
      return new GoalNumber(0, Optional.of("Say which goal: its number, as goal list shows it."));
    }
    String digits = word.get().startsWith("#") ? word.get().substring(1) : word.get();
    if (!digits.matches("[0-9]{1,9}")) {
      return new GoalNumber(
          0,
          Optional.of(
              Echo.quoted(word.get(), "That")
                  + " is not a goal number: use the number goal list shows, such as 1."));
    }
    int n = Integer.parseInt(digits);
    if (n < 1 || n > Limits.MAX_GOAL_NUMBER) {
      return new GoalNumber(
          0, Optional.of("You have no goal " + n + ": goal list shows the numbers of your goals."));
    }
    return new GoalNumber(n, Optional.empty());
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
      return problem(
          "Keep a goal to at most "
              + TrellisCommand.AddGoal.MAX_TEXT
              + " characters; the details can come later.");
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
