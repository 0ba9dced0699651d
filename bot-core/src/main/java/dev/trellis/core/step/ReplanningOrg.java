package dev.trellis.core.step;

import dev.trellis.core.org.OrgId;

/**
 * Lays an org's schedule out again after a change that moves its steps: new holidays, a directory
 * or 1:1 import (zones, working days, meetings). Steps no instance has claimed are withdrawn and
 * the window is planned again, so each comes back at its new time, or not at all; steps that ran
 * stay done, so nothing is sent twice.
 */
public final class ReplanningOrg {

  private final DueSteps steps;
  private final PlanningSteps planning;

  public ReplanningOrg(DueSteps steps, PlanningSteps planning) {
    this.steps = steps;
    this.planning = planning;
  }

  public PlanningSteps.Report replan(OrgId orgId) {
    steps.withdrawUnclaimed(orgId, planning.plannedKeyPrefixes());
    return planning.plan(orgId);
  }
}
