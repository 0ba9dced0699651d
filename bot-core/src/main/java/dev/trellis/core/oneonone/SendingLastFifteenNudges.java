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

/**
 * Tells both people, 15 minutes before a 1:1 ends, to switch to development now, with the
 * occurrence's first development question (the agenda's, or picked now when there was no agenda)
 * and the buttons that record how it went.
 */
public final class SendingLastFifteenNudges implements StepHandler {

  private final OneOnOneTargets targets;
  private final DevelopmentQuestions questions;

  public SendingLastFifteenNudges(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      DevelopmentQuestions questions,
      Outbox outbox) {
    this.targets = new OneOnOneTargets(oneOnOnes, people, settings, outbox, Occurrence::end);
    this.questions = questions;
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
                questions.forOccurrence(target.oneOnOne(), target.occurrence().date(), now).stream()
                    .findFirst()));
  }
}
