package dev.trellis.core.step;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.PlannedStep;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The durable schedule: planned steps wait here until they are due, then one instance claims them
 * under a lease. A step's occurrence key is planned at most once: re-planning the same window never
 * creates a second step, and a step that ran or was dropped is never planned again.
 */
public interface DueSteps {

  /** Adds the steps not planned before; answers how many were new. */
  int plan(List<PlannedStep> steps);

  List<PlannedStep> claimDue(String owner, Instant now, Instant leaseUntil, int limit);

  /** Records claimed steps as finished, with how each ended ("sent", "dropped: late", …). */
  void finish(List<Finished> finished);

  /**
   * Takes back the org's planned steps that no instance has claimed yet, those whose key begins
   * with one of {@code plannedKeyPrefixes}, so that planning lays them out again after a change
   * that moves them; answers how many. Steps that ran stay done, and one-off steps (a snooze) stay,
   * as planning would not make them again.
   */
  int withdrawUnclaimed(OrgId orgId, Collection<String> plannedKeyPrefixes);

  /**
   * Takes back the planned steps of one 1:1 that no instance has claimed yet (it was deleted);
   * answers how many.
   */
  int withdrawUnclaimed(OrgId orgId, OneOnOneId oneOnOneId);

  /** The person's planned steps, soonest first. */
  List<PlannedStep> upcoming(OrgId orgId, PersonId personId, int limit);

  /** A step that will not run again, and why. */
  record Finished(PlannedStep step, String outcome, Instant at) {}
}
