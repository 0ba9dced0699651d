package dev.trellis.core.step;

import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Carries out due steps of one kind, in batches; answers how each one ended. */
public interface StepHandler {

  StepKind kind();

  /**
   * Whether its steps are nudges (a reflection prompt, a buddy, feedback or goal nudge): then only
   * those the {@link NudgeRule} admits reach {@link #run}, the others are put off. Messages of a
   * 1:1 and messages between people are not nudges.
   */
  default boolean isNudge() {
    return false;
  }

  /**
   * Whether its nudges may go during the org's protected slot for development time, when nothing
   * else scheduled does: only the slot's own reminder.
   */
  default boolean goesInProtectedSlot() {
    return false;
  }

  /**
   * For a nudge: those of the due steps that still apply (a buddy nudge whose group has met since
   * it was planned does not). Asked before the {@link NudgeRule}, so a nudge that would not be sent
   * does not take the person's day from another; the rest end as "skipped: no longer needed".
   */
  default List<PlannedStep> stillWanted(List<PlannedStep> steps, Instant now) {
    return steps;
  }

  /**
   * Runs the steps (all of this handler's kind, all due) and answers an outcome per occurrence key,
   * such as "sent" or "skipped: paused".
   */
  Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now);
}
