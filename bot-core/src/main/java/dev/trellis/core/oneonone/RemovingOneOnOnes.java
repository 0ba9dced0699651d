package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.step.DueSteps;

/**
 * Deletes a recurring 1:1 and its steps that have not run yet (agendas, last-15 prompts,
 * takeaways). The 1:1 goes first, so planning cannot lay its steps out again; a step an instance is
 * running right now finds the 1:1 gone and is skipped.
 */
public final class RemovingOneOnOnes {

  private final OneOnOnes oneOnOnes;
  private final DueSteps steps;

  public RemovingOneOnOnes(OneOnOnes oneOnOnes, DueSteps steps) {
    this.oneOnOnes = oneOnOnes;
    this.steps = steps;
  }

  /** Answers whether the org had that 1:1. */
  public boolean remove(OrgId orgId, OneOnOneId id) {
    if (!oneOnOnes.delete(orgId, id)) {
      return false;
    }
    steps.withdrawUnclaimed(orgId, id);
    return true;
  }
}
