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
    assertThat(usage("trellis", "goal add " + "word ".repeat(61)))
        .startsWith("Keep a goal under 300 characters")
        .endsWith(ADD_USAGE);
  }

  @Test
  void shouldListGoals() {
    assertThat(parsed("trellis", "goal list")).isEqualTo(new TrellisCommand.ListGoals());
    assertThat(parsed("trellis", "goals LIST")).isEqualTo(new TrellisCommand.ListGoals());
  }

  @Test
  void givenNoOrAnUnknownSubCommand_thenItShowsBothUsages() {
    String both = ADD_USAGE + "\nUsage: /trellis goal list";

    assertThat(usage("trellis", "goal")).isEqualTo(both);
    assertThat(usage("trellis", "goal Learn Go")).isEqualTo(both);
    assertThat(usage("trellis", "goal list mine")).isEqualTo("Usage: /trellis goal list");
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
