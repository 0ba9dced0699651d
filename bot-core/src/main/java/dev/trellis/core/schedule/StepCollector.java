package dev.trellis.core.schedule;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers the steps of one planning run: a planned step counts when it is due in the window, a
 * skipped one when its nominal instant is. So adjacent windows never both hold an occurrence. A
 * feature's planning fills one per run; {@code oneOnOneId} is present for the steps about a 1:1.
 */
public final class StepCollector {

  private final OrgId orgId;
  private final Optional<OneOnOneId> oneOnOneId;
  private final PlanningWindow window;
  private final List<PlannedStep> steps = new ArrayList<>();
  private final List<SkippedStep> skipped = new ArrayList<>();

  public StepCollector(OrgId orgId, Optional<OneOnOneId> oneOnOneId, PlanningWindow window) {
    this.orgId = orgId;
    this.oneOnOneId = oneOnOneId;
    this.window = window;
  }

  public void plan(StepKind kind, Attendee to, Instant dueAt, OccurrenceKey key) {
    if (window.contains(dueAt)) {
      steps.add(
          new PlannedStep(
              kind, orgId, to.id(), dueAt, to.availability().localAt(dueAt), key, oneOnOneId));
    }
  }

  public void skip(
      StepKind kind, Attendee to, Instant intendedAt, OccurrenceKey key, SkipReason reason) {
    if (window.contains(intendedAt)) {
      skipped.add(new SkippedStep(kind, orgId, to.id(), key, intendedAt, reason));
    }
  }

  /** Plans the step at {@code dueAt} when there is one, else skips it for {@code reason}. */
  public void planOrSkip(
      StepKind kind,
      Attendee to,
      Optional<Instant> dueAt,
      Instant intendedAt,
      OccurrenceKey key,
      SkipReason reason) {
    dueAt.ifPresentOrElse(
        due -> plan(kind, to, due, key), () -> skip(kind, to, intendedAt, key, reason));
  }

  public StepPlan toPlan() {
    return new StepPlan(steps, skipped);
  }
}
