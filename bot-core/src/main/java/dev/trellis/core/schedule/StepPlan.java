package dev.trellis.core.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The steps due in a window, sorted by due instant (then key), and the steps skipped whose nominal
 * instant lies in the window, sorted the same way.
 */
public record StepPlan(List<PlannedStep> steps, List<SkippedStep> skipped) {

  private static final Comparator<PlannedStep> BY_DUE =
      Comparator.comparing(PlannedStep::dueAt).thenComparing(s -> s.key().value());
  private static final Comparator<SkippedStep> BY_INTENDED =
      Comparator.comparing(SkippedStep::intendedAt).thenComparing(s -> s.key().value());

  public StepPlan {
    steps = steps.stream().map(Objects::requireNonNull).sorted(BY_DUE).toList();
    skipped = skipped.stream().map(Objects::requireNonNull).sorted(BY_INTENDED).toList();
  }

  public static StepPlan empty() {
    return new StepPlan(List.of(), List.of());
  }

  /** Both plans in one, still sorted. */
  public StepPlan and(StepPlan other) {
    return combined(List.of(this, other));
  }

  /** All the plans in one, sorted once (combining them pairwise would sort again each time). */
  public static StepPlan combined(Collection<StepPlan> plans) {
    List<PlannedStep> allSteps = new ArrayList<>();
    List<SkippedStep> allSkipped = new ArrayList<>();
    for (StepPlan plan : plans) {
      allSteps.addAll(plan.steps);
      allSkipped.addAll(plan.skipped);
    }
    return new StepPlan(allSteps, allSkipped);
  }
}
