package dev.trellis.core.step;

import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import java.util.Set;

/**
 * What a feature plans: its steps in a window, for one org. A feature registers its source next to
 * the {@link StepHandler}s that run the steps; planning asks every source, so a new kind of step
 * needs no change outside its feature.
 */
public interface StepSource {

  /** The kinds of the steps it plans; each needs a handler. */
  Set<StepKind> kinds();

  /**
   * How the occurrence keys of its steps begin ({@code "agenda:"}, …). Re-planning withdraws the
   * unclaimed steps with these keys and plans them again; other keys (a snooze) stay.
   */
  Set<String> keyPrefixes();

  /**
   * The steps due in the window and the ones skipped there: the same inputs give the same steps and
   * keys, and two adjacent windows give exactly what their union gives.
   */
  StepPlan plan(PlanningOrg org, PlanningWindow window);
}
