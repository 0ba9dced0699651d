package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.command.TrellisCommand.AddGoal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoalCommandTest {

  private static final String ADD_USAGE =
      "Usage: /trellis goal add <text> [--direction grow|lateral|stretch|mentoring|learning]"
          + "  — for example /trellis goal add Learn Kubernetes --direction lateral";

  @Test
  void shouldParseTheExampleFromTheDesign() {
    assertThat(parsed("trellis", "goal add Learn Kubernetes --direction lateral"))
        .isEqualTo(new AddGoal("Learn Kubernetes", GoalDirection.LATERAL));
  }

  @Test
  void givenNoDirection_thenTheGoalIsToGrowInRole() {
    assertThat(parsed("trellis", "goal add Run the team retro"))
        .isEqualTo(new AddGoal("Run the team retro", GoalDirection.GROW));
  }

  @ParameterizedTest
  @MethodSource("wellFormedAdds")
  void shouldReadTheTextAndDirectionWhereverTheOptionStands(
      String text, String goal, GoalDirection direction) {
    assertThat(parsed("trellis", text)).isEqualTo(new AddGoal(goal, direction));
  }

  @ParameterizedTest
  @MethodSource("malformedAdds")
  void givenAMalformedAdd_thenItSaysWhatIsWrongAndTheAddUsage(String text, String problem) {
    assertThat(usage("trellis", text)).isEqualTo(problem + "\n" + ADD_USAGE);
  }

  @Test
  void givenATooLongGoal_thenItAsksForAShorterOne() {
    assertThat(usage("trellis", "goal add " + "word ".repeat(101)))
        .startsWith("Keep a goal to at most 500 characters")
        .endsWith(ADD_USAGE);
  }

  @Test
  void shouldListGoals() {
    assertThat(parsed("trellis", "goal list")).isEqualTo(new TrellisCommand.ListGoals());
    assertThat(parsed("trellis", "goals LIST")).isEqualTo(new TrellisCommand.ListGoals());
  }

  @Test
  void givenNoOrAnUnknownSubCommand_thenItShowsBothUsages() {
    String all =
        "Try /trellis goal with: add <text>, list, next <n> <next step>, done <n>, drop <n>,"
            + " share <n> or unshare <n>.\n"
            + ADD_USAGE;

    assertThat(usage("trellis", "goal")).isEqualTo(all);
    assertThat(usage("trellis", "goal Learn Go")).isEqualTo(all);
    assertThat(usage("trellis", "goal list mine")).isEqualTo("Usage: /trellis goal list");
  }

  @Test
  void aGoalOfFiveHundredCharactersIsTaken() {
    String text = "x".repeat(500);
    assertThat(parsed("trellis", "goal add " + text))
        .isEqualTo(new AddGoal(text, GoalDirection.GROW));
  }

  @ParameterizedTest
  @MethodSource("commandsAboutOneGoal")
  void shouldReadTheCommandsAboutOneGoalByItsNumber(String text, Command expected) {
    assertThat(parsed("trellis", text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("malformedCommandsAboutOneGoal")
  void givenAMalformedCommandAboutOneGoal_thenItSaysWhyAndGivesAnExample(
      String text, String problem, String usage) {
    assertThat(usage("trellis", text)).isEqualTo(problem + "\n" + usage);
  }

  static Stream<Arguments> commandsAboutOneGoal() {
    return Stream.of(
        Arguments.of(
            "goal next 1 Read the Kubernetes docs",
            new TrellisCommand.SetGoalNextStep(1, "Read the Kubernetes docs")),
        Arguments.of(
            "goal next #12 \"Ask Sam for a stretch project\"",
            new TrellisCommand.SetGoalNextStep(12, "Ask Sam for a stretch project")),
        Arguments.of("goal done 3", new TrellisCommand.FinishGoal(3)),
        Arguments.of("GOAL Drop #2", new TrellisCommand.DropGoal(2)),
        Arguments.of("goal share 1", new TrellisCommand.ShareGoal(1)),
        Arguments.of("goals unshare 1", new TrellisCommand.UnshareGoal(1)));
  }

  static Stream<Arguments> malformedCommandsAboutOneGoal() {
    String next =
        "Usage: /trellis goal next <n> <next step>"
            + "  — for example /trellis goal next 1 Read the Kubernetes docs";
    String done = "Usage: /trellis goal done <n>  — for example /trellis goal done 1";
    String share = "Usage: /trellis goal share <n>  — for example /trellis goal share 1";
    return Stream.of(
        Arguments.of("goal done", "Say which goal: its number, as goal list shows it.", done),
        Arguments.of(
            "goal done first",
            "'first' is not a goal number: use the number goal list shows, such as 1.",
            done),
        Arguments.of(
            "goal share 0",
            "You have no goal 0: goal list shows the numbers of your goals.",
            share),
        Arguments.of(
            "goal share 123456",
            "You have no goal 123456: goal list shows the numbers of your goals.",
            share),
        Arguments.of("goal done 1 now", "Give only the goal's number.", done),
        Arguments.of("goal next 1", "Say what the next step is.", next),
        Arguments.of(
            "goal next 1 " + "x".repeat(501),
            "Keep a next step to at most 500 characters: the one thing you will do next.",
            next),
        Arguments.of("goal next", "Say which goal: its number, as goal list shows it.", next));
  }

  static Stream<Arguments> wellFormedAdds() {
    return Stream.of(
        add(
            "goal add --direction stretch Lead the Q3 migration",
            "Lead the Q3 migration",
            GoalDirection.STRETCH),
        add(
            "goal add Lead the Q3 migration --DIRECTION Mentoring",
            "Lead the Q3 migration",
            GoalDirection.MENTORING),
        add("goal add Learn Go --direction=learning", "Learn Go", GoalDirection.LEARNING),
        add("goal add Learn Go —direction learning", "Learn Go", GoalDirection.LEARNING),
        add("goal add Learn Go –direction learning", "Learn Go", GoalDirection.LEARNING),
        add("goal add \"Learn Go\" --direction learning", "Learn Go", GoalDirection.LEARNING),
        add("goal add “Learn Go”", "Learn Go", GoalDirection.GROW),
        add("goal add 'Learn Go'", "Learn Go", GoalDirection.GROW),
        add("goal add Ship v2 — then rest", "Ship v2 — then rest", GoalDirection.GROW),
        add("goal add Ship v2 -- then rest", "Ship v2 -- then rest", GoalDirection.GROW),
        add("goal add \"Unbalanced quote", "\"Unbalanced quote", GoalDirection.GROW),
        add("GOAL ADD   Keep   My Case ", "Keep My Case", GoalDirection.GROW));
  }

  static Stream<Arguments> malformedAdds() {
    String directions = "grow, lateral, stretch, mentoring or learning.";
    return Stream.of(
        Arguments.of("goal add", "Say what the goal is."),
        Arguments.of("goal add --direction lateral", "Say what the goal is."),
        Arguments.of("goal add \"\"", "Say what the goal is."),
        Arguments.of("goal add Learn Go --direction", "Say which direction: " + directions),
        Arguments.of(
            "goal add Learn Go --direction sideways",
            "'sideways' is not a direction: use " + directions),
        Arguments.of(
            "goal add Learn Go --direction=up", "'up' is not a direction: use " + directions),
        Arguments.of(
            "goal add Learn Go --direction grow --direction lateral", "Give --direction once."),
        Arguments.of("goal add Learn Go --due june", "'--due' is not an option of goal add."));
  }

  private static Arguments add(String text, String goal, GoalDirection direction) {
    return Arguments.of(text, goal, direction);
  }
}
