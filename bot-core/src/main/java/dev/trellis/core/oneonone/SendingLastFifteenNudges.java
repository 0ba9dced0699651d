package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells both people, 15 minutes before a 1:1 ends, to switch to development now, with a suggested
 * question and the buttons that record how it went. The question is about a goal the report shared
 * with this manager whose next step has not moved for a while ({@link SharedGoalQuestions}), else
 * the occurrence's first development question (the agenda's, or picked now when there was none).
 */
public final class SendingLastFifteenNudges implements StepHandler {

  private final OneOnOneTargets targets;
  private final DevelopmentQuestions questions;
  private final SharedGoalQuestions goalQuestions;

  public SendingLastFifteenNudges(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      DevelopmentQuestions questions,
      Outbox outbox) {
    this(oneOnOnes, people, settings, questions, SharedGoalQuestions.NONE, outbox);
  }

  public SendingLastFifteenNudges(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      DevelopmentQuestions questions,
      SharedGoalQuestions goalQuestions,
      Outbox outbox) {
    this.targets = new OneOnOneTargets(oneOnOnes, people, settings, outbox, Occurrence::end);
    this.questions = questions;
    this.goalQuestions = goalQuestions;
  }

  @Override
  public StepKind kind() {
    return OneOnOneSteps.LAST_15_MINUTES;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return targets.send(
        steps,
        now,
        target ->
            OneOnOneMessages.lastFifteen(
                target,
                goalQuestions
                    .questionFor(target.manager(), target.report(), now)
                    .or(() -> bankQuestion(target, now))));
  }

  private Optional<String> bankQuestion(OneOnOneTargets.Target target, Instant now) {
    return questions.forOccurrence(target.oneOnOne(), target.occurrence().date(), now).stream()
        .findFirst()
        .map(PickedQuestion::text);
  }
}
