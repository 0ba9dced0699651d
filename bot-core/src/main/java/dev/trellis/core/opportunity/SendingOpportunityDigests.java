package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.StepBatches;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends each person's weekly digest: up to {@value #MOST} open opportunities that suit their goals,
 * best first, each with why and an "I'm interested" button, to the goals' owner alone; the ones
 * sent count as seen for them. A nudge: a digest that has nothing to show any more is dropped
 * before the {@link NudgeRule}, so it takes nobody's day, and sends nothing.
 */
public final class SendingOpportunityDigests implements StepHandler {

  /** The most opportunities one digest shows. */
  public static final int MOST = 5;

  private final People people;
  private final DigestMatches matches;
  private final SeenOpportunities seen;
  private final Outbox outbox;

  public SendingOpportunityDigests(
      People people, DigestMatches matches, SeenOpportunities seen, Outbox outbox) {
    this.people = people;
    this.matches = matches;
    this.seen = seen;
    this.outbox = outbox;
  }

  @Override
  public StepKind kind() {
    return WeeklyDigestSteps.DIGEST;
  }

  @Override
  public boolean isNudge() {
    return true;
  }

  /** Only the digests with something to show. */
  @Override
  public List<PlannedStep> stillWanted(List<PlannedStep> steps, Instant now) {
    List<PlannedStep> wanted = new ArrayList<>();
    steps.stream()
        .collect(Collectors.groupingBy(PlannedStep::orgId, LinkedHashMap::new, Collectors.toList()))
        .forEach(
            (orgId, orgSteps) -> {
              Set<PersonId> found = suited(orgId, orgSteps, now);
              orgSteps.stream().filter(s -> found.contains(s.recipient())).forEach(wanted::add);
            });
    return wanted;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return StepBatches.perOrg(steps, (orgId, orgSteps) -> runForOrg(orgId, orgSteps, now));
  }

  private Map<PlannedStep, String> runForOrg(OrgId orgId, List<PlannedStep> steps, Instant now) {
    Map<PersonId, Person> byId = people.byIds(orgId, StepBatches.recipients(steps));
    Map<PersonId, List<OpportunityMatch>> found = matches.of(orgId, byId.values(), now, MOST);
    Map<PlannedStep, String> outcomes = new HashMap<>();
    List<OutboxEntry> entries = new ArrayList<>();
    Map<PersonId, List<OpportunityId>> shown = new HashMap<>();
    for (PlannedStep step : steps) {
      Person person = byId.get(step.recipient());
      List<OpportunityMatch> mine = found.getOrDefault(step.recipient(), List.of());
      if (person == null) {
        outcomes.put(step, "skipped: person removed");
      } else if (Recipients.of(person).isEmpty()) {
        outcomes.put(step, "skipped: no chat identity");
      } else if (mine.isEmpty() || shown.containsKey(person.id())) {
        outcomes.put(step, "skipped: nothing matches");
      } else {
        entries.add(
            OutboxEntry.fresh(
                DedupeKey.of(orgId, NudgeRule.originalKey(step.key())),
                Recipients.of(person).orElseThrow(),
                DigestMessage.of(mine),
                now));
        shown.put(person.id(), mine.stream().map(m -> m.opportunity().id()).toList());
        outcomes.put(step, "sent");
      }
    }
    outbox.enqueueAll(entries);
    seen.markSeen(orgId, shown);
    return outcomes;
  }

  /** Whether anything suits is all a step needs to be still wanted: which is best is not asked. */
  private Set<PersonId> suited(OrgId orgId, List<PlannedStep> steps, Instant now) {
    return matches.suited(orgId, people.byIds(orgId, StepBatches.recipients(steps)).values(), now);
  }
}
