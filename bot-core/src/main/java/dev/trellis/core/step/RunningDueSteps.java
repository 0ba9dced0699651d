package dev.trellis.core.step;

import dev.trellis.core.schedule.LatePolicy;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what is due: claims due steps under a lease, drops the ones too late to matter (after
 * downtime a stale prompt is worse than none), hands the rest to their handler in batches, and
 * records how each ended so it never runs again. The kinds of a batch run in the order of their
 * earliest due step, then by name: the steps of one 1:1 run as they fall (agenda, last 15 minutes,
 * takeaway), whatever kinds the features define. Nudges pass the {@link NudgeRule} first.
 */
public final class RunningDueSteps {

  private static final Logger log = LoggerFactory.getLogger(RunningDueSteps.class);
  private static final int BATCH = 1000;
  private static final int MAX_BATCHES_PER_RUN = 100;

  /** What one run did. */
  public record Report(int ran, int droppedLate) {
    Report plus(Report other) {
      return new Report(ran + other.ran, droppedLate + other.droppedLate);
    }
  }

  private static final Comparator<Map.Entry<StepKind, List<PlannedStep>>> EARLIEST_FIRST =
      Comparator.comparing(
              (Map.Entry<StepKind, List<PlannedStep>> batch) -> earliestDue(batch.getValue()))
          .thenComparing(batch -> batch.getKey().name());

  private final DueSteps steps;
  private final Map<StepKind, StepHandler> handlers = new LinkedHashMap<>();
  private final NudgeRule nudges;
  private final LatePolicy latePolicy;
  private final Clock clock;
  private final String owner;
  private final Duration lease;

  public RunningDueSteps(
      DueSteps steps,
      List<StepHandler> handlers,
      NudgeRule nudges,
      LatePolicy latePolicy,
      Clock clock,
      String owner,
      Duration lease) {
    this.steps = steps;
    handlers.forEach(h -> this.handlers.put(h.kind(), h));
    this.nudges = nudges;
    this.latePolicy = latePolicy;
    this.clock = clock;
    this.owner = owner;
    this.lease = lease;
  }

  public Report runDue() {
    Report total = new Report(0, 0);
    for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
      Instant now = clock.instant();
      List<PlannedStep> due = steps.claimDue(owner, now, now.plus(lease), BATCH);
      if (due.isEmpty()) {
        break;
      }
      total = total.plus(run(due, now));
    }
    return total;
  }

  private Report run(List<PlannedStep> due, Instant now) {
    List<DueSteps.Finished> finished = new ArrayList<>();
    Map<StepKind, List<PlannedStep>> byKind = new LinkedHashMap<>();
    int dropped = 0;
    for (PlannedStep step : due) {
      if (latePolicy.decide(step.dueAt(), now) == LatePolicy.Decision.DROP) {
        dropped++;
        StepMeters.droppedLate(step.kind());
        finished.add(new DueSteps.Finished(step, "dropped: too late", now));
      } else {
        byKind.computeIfAbsent(step.kind(), k -> new ArrayList<>()).add(step);
      }
    }
    if (dropped > 0) {
      log.info(
          "Dropped {} steps that were due more than {} ago", dropped, latePolicy.maxLateness());
    }
    byKind.entrySet().stream()
        .sorted(EARLIEST_FIRST)
        .forEach(batch -> finished.addAll(runKind(batch.getKey(), batch.getValue(), now)));
    steps.finish(finished);
    return new Report(due.size() - dropped, dropped);
  }

  private List<DueSteps.Finished> runKind(StepKind kind, List<PlannedStep> batch, Instant now) {
    StepHandler handler = handlers.get(kind);
    List<DueSteps.Finished> finished = new ArrayList<>();
    if (handler == null) {
      batch.forEach(s -> finished.add(new DueSteps.Finished(s, "skipped: no handler", now)));
      return finished;
    }
    Map<PlannedStep, String> outcomes = new HashMap<>();
    List<PlannedStep> runNow = batch;
    if (handler.isNudge()) {
      Set<PlannedStep> wanted = new HashSet<>(handler.stillWanted(batch, now));
      batch.stream()
          .filter(s -> !wanted.contains(s))
          .forEach(s -> outcomes.put(s, "skipped: no longer needed"));
      NudgeRule.Admission admission =
          nudges.admit(
              batch.stream().filter(wanted::contains).toList(), now, handler.goesInProtectedSlot());
      outcomes.putAll(admission.notNow());
      runNow = admission.now();
    }
    if (!runNow.isEmpty()) {
      outcomes.putAll(handler.run(runNow, now));
    }
    batch.forEach(
        s -> finished.add(new DueSteps.Finished(s, outcomes.getOrDefault(s, "done"), now)));
    finished.stream().filter(f -> wasSent(f.outcome())).forEach(f -> StepMeters.sent(kind));
    return finished;
  }

  /** Handlers answer "sent" (or nothing: "done") for a step whose message went out. */
  private static boolean wasSent(String outcome) {
    return outcome.equals("sent") || outcome.equals("done");
  }

  private static Instant earliestDue(List<PlannedStep> batch) {
    return batch.stream().map(PlannedStep::dueAt).min(Comparator.naturalOrder()).orElseThrow();
  }
}
