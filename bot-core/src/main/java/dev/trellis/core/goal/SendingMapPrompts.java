package dev.trellis.core.goal;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.question.Theme;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.StepBatches;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Sends the quarterly look at the career map: which directions of the lattice (lateral, stretch,
 * mentoring) the person has no goal in yet, with one example question of the bank's lattice theme.
 * A nudge: the {@link NudgeRule} admits at most one a person a day, at a sendable time.
 */
public final class SendingMapPrompts implements StepHandler {

  /** The directions of the lattice beyond the ladder that the prompt suggests. */
  static final List<GoalDirection> LATTICE =
      List.of(GoalDirection.LATERAL, GoalDirection.STRETCH, GoalDirection.MENTORING);

  private final People people;
  private final Goals goals;
  private final QuestionPicker picker;
  private final Outbox outbox;
  private final RandomGenerator random;

  public SendingMapPrompts(
      People people, Goals goals, QuestionPicker picker, Outbox outbox, RandomGenerator random) {
    this.people = people;
    this.goals = goals;
    this.picker = picker;
    this.outbox = outbox;
    this.random = random;
  }

  @Override
  public StepKind kind() {
    return QuarterlyMapSteps.MAP_PROMPT;
  }

  @Override
  public boolean isNudge() {
    return true;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return StepBatches.perOrg(steps, (orgId, orgSteps) -> runForOrg(orgId, orgSteps, now));
  }

  private Map<PlannedStep, String> runForOrg(OrgId orgId, List<PlannedStep> steps, Instant now) {
    return StepBatches.queueEach(orgId, steps, now, people, outbox, this::prompt);
  }

  private OutboundMessage prompt(Person person) {
    List<Goal> all = goals.ofPerson(person.orgId(), person.id());
    Set<GoalDirection> tried = EnumSet.noneOf(GoalDirection.class);
    all.forEach(g -> tried.add(g.direction()));
    List<GoalDirection> untried = LATTICE.stream().filter(d -> !tried.contains(d)).toList();
    long open = all.stream().filter(Goal::isOpen).count();
    StringBuilder text =
        new StringBuilder("A new quarter: a good moment to look at your career map. ")
            .append(
                open == 0
                    ? "It has no open goal yet."
                    : "It has " + open + (open == 1 ? " open goal." : " open goals."));
    if (untried.isEmpty()) {
      text.append(
          "\nYou have goals in every direction of the lattice: is each next step still the right"
              + " one?");
    } else {
      text.append(untried.size() == 1 ? "\nA direction" : "\nDirections")
          .append(" you have not considered yet: ")
          .append(
              untried.stream().map(SendingMapPrompts::explained).collect(Collectors.joining("; ")))
          .append(". Careers grow sideways too, not only up.");
    }
    example(person).ifPresent(q -> text.append("\n\nTo think about: ").append(q.text()));
    GoalDirection suggested = untried.isEmpty() ? GoalDirection.STRETCH : untried.get(0);
    text.append("\n\nAdd one with /trellis goal add <goal> --direction ")
        .append(suggested.word())
        .append(", or see your map with /trellis goal list.");
    return OutboundMessage.builder(text.toString())
        .header("Your career map, this quarter")
        .context("Only you see your goals, unless you share one with your manager.")
        .build();
  }

  private static String explained(GoalDirection direction) {
    return switch (direction) {
      case LATERAL -> "lateral (a move to another team or discipline)";
      case STRETCH -> "stretch (a project beyond your role)";
      case MENTORING -> "mentoring (given or received)";
      default -> direction.word();
    };
  }

  private Optional<Question> example(Person person) {
    return picker.pick(person.orgId(), person.id(), 1, Set.of(Theme.LATTICE), random).stream()
        .findFirst();
  }
}
