package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.schedule.StepPlan;
import dev.trellis.core.step.PlanningOrg;
import dev.trellis.core.step.StepSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the {@link OneOnOneSteps} of every 1:1 of the org whose manager and report are both in its
 * directory.
 */
public final class PlanningOneOnOneSteps implements StepSource {

  private final OneOnOnes oneOnOnes;
  private final OneOnOneSteps steps;

  public PlanningOneOnOneSteps(OneOnOnes oneOnOnes, OneOnOneSteps steps) {
    this.oneOnOnes = oneOnOnes;
    this.steps = steps;
  }

  @Override
  public Set<StepKind> kinds() {
    return Set.of(
        OneOnOneSteps.AGENDA_NUDGE, OneOnOneSteps.LAST_15_MINUTES, OneOnOneSteps.AFTER_ONE_ON_ONE);
  }

  @Override
  public Set<String> keyPrefixes() {
    return Set.copyOf(OneOnOneKeys.PREFIXES);
  }

  @Override
  public StepPlan plan(PlanningOrg org, PlanningWindow window) {
    List<StepPlan> parts = new ArrayList<>();
    for (OneOnOne oneOnOne : oneOnOnes.findAll(org.orgId())) {
      Optional<Availability> manager = org.availabilityOf(oneOnOne.managerId());
      Optional<Availability> report = org.availabilityOf(oneOnOne.reportId());
      if (manager.isPresent() && report.isPresent()) {
        parts.add(steps.plan(oneOnOne, manager.get(), report.get(), window));
      }
    }
    return StepPlan.combined(parts);
  }
}
