package dev.trellis.core.step;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.PlannedStep;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Helps a {@link StepHandler} run a batch that may mix orgs, since every store is per org. */
public final class StepBatches {

  private StepBatches() {}

  /** Runs the steps org by org, in the order the orgs first appear; answers every outcome. */
  public static Map<PlannedStep, String> perOrg(
      List<PlannedStep> steps,
      BiFunction<OrgId, List<PlannedStep>, Map<PlannedStep, String>> runForOrg) {
    Map<PlannedStep, String> outcomes = new HashMap<>();
    steps.stream()
        .collect(Collectors.groupingBy(PlannedStep::orgId, LinkedHashMap::new, Collectors.toList()))
        .forEach((orgId, orgSteps) -> outcomes.putAll(runForOrg.apply(orgId, orgSteps)));
    return outcomes;
  }

  /** The people the steps go to. */
  public static List<PersonId> recipients(List<PlannedStep> steps) {
    return steps.stream().map(PlannedStep::recipient).distinct().toList();
  }
}
