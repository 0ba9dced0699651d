package dev.trellis.core.step;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.PlannedStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
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

  /**
   * Queues one message to the person of each of an org's due steps, keyed by the step's original
   * key (so a put-off nudge is the same message): "sent", or skipped when the person left the
   * directory or has no chat identity.
   */
  public static Map<PlannedStep, String> queueEach(
      OrgId orgId,
      List<PlannedStep> steps,
      Instant now,
      People people,
      Outbox outbox,
      Function<Person, OutboundMessage> message) {
    Map<PersonId, Person> byId = people.byIds(orgId, recipients(steps));
    Map<PlannedStep, String> outcomes = new HashMap<>();
    List<OutboxEntry> entries = new ArrayList<>();
    for (PlannedStep step : steps) {
      Person person = byId.get(step.recipient());
      if (person == null) {
        outcomes.put(step, "skipped: person removed");
      } else if (Recipients.of(person).isEmpty()) {
        outcomes.put(step, "skipped: no chat identity");
      } else {
        entries.add(
            OutboxEntry.fresh(
                DedupeKey.of(orgId, NudgeRule.originalKey(step.key())),
                Recipients.of(person).orElseThrow(),
                message.apply(person),
                now));
        outcomes.put(step, "sent");
      }
    }
    outbox.enqueueAll(entries);
    return outcomes;
  }
}
