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
   * Runs the steps (all of this handler's kind, all due) and answers an outcome per occurrence key,
   * such as "sent" or "skipped: paused".
   */
  Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now);
}
