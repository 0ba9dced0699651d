package dev.trellis.core.schedule;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
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

  /**
   * Plans a step on the first of {@code searchDays} days from {@code nominalDay} that is a working
   * day the person has not paused, at {@code time} in their zone or the first sendable time within
   * {@code reach} after it; skips it (no working day, or no sendable time) at the nominal day's
   * {@code time} otherwise.
   */
  public void planOnFirstWorkingDay(
      StepKind kind,
      Attendee to,
      LocalDate nominalDay,
      LocalTime time,
      int searchDays,
      Duration reach,
      OccurrenceKey key) {
    Availability availability = to.availability();
    Instant nominal = ZonedDateTime.of(nominalDay, time, availability.zone()).toInstant();
    Optional<LocalDate> day = Optional.empty();
    for (int ahead = 0; ahead < searchDays && day.isEmpty(); ahead++) {
      LocalDate candidate = nominalDay.plusDays(ahead);
      if (availability.isWorkingDay(candidate) && !availability.isPausedOn(candidate)) {
        day = Optional.of(candidate);
      }
    }
    if (day.isEmpty()) {
      skip(kind, to, nominal, key, SkipReason.NO_WORKING_DAY);
      return;
    }
    Instant planned = ZonedDateTime.of(day.get(), time, availability.zone()).toInstant();
    planOrSkip(
        kind,
        to,
        availability.nextSendable(planned, planned.plus(reach)),
        nominal,
        key,
        SkipReason.NO_SENDABLE_TIME);
  }

  public StepPlan toPlan() {
    return new StepPlan(steps, skipped);
  }
}
