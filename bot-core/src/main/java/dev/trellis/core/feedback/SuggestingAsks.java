package dev.trellis.core.feedback;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the suggestion to ask for feedback: a nudge, so only the slots the {@link NudgeRule} admits
 * reach it (sent now, at a sendable time, the person's one nudge of the day). A person who asked
 * anyone in the last N weeks, or has nobody to suggest, gets nothing.
 */
final class SuggestingAsks implements StepHandler {

  private final FeedbackRecords records;
  private final People people;
  private final FeedbackCandidates candidates;
  private final FeedbackCadence cadence;
  private final Outbox outbox;

  SuggestingAsks(
      FeedbackRecords records,
      People people,
      FeedbackCandidates candidates,
      FeedbackCadence cadence,
      Outbox outbox) {
    this.records = records;
    this.people = people;
    this.candidates = candidates;
    this.cadence = cadence;
    this.outbox = outbox;
  }

  @Override
  public StepKind kind() {
    return AskNudges.ASK_NUDGE;
  }

  @Override
  public boolean isNudge() {
    return true;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return StepBatches.perOrg(steps, (orgId, orgSteps) -> runForOrg(orgId, orgSteps, now));
  }

  private Map<PlannedStep, String> runForOrg(OrgId orgId, List<PlannedStep> steps, Instant now) {
    Duration span = cadence.askNudgeAfter(orgId);
    Set<PersonId> asked = records.askedSince(orgId, now.minus(span));
    Map<PersonId, Person> byId = people.byIds(orgId, StepBatches.recipients(steps));
    Map<PlannedStep, String> outcomes = new HashMap<>();
    List<OutboxEntry> entries = new ArrayList<>();
    for (PlannedStep step : steps) {
      Person person = byId.get(step.recipient());
      if (person == null) {
        outcomes.put(step, "skipped: person removed");
      } else if (asked.contains(person.id())) {
        outcomes.put(step, "skipped: asked for feedback recently");
      } else {
        Optional<FeedbackCandidates.Candidate> who = candidates.forPerson(person);
        if (who.isEmpty() || Recipients.of(person).isEmpty()) {
          outcomes.put(step, "skipped: nobody to suggest");
          continue;
        }
        entries.add(
            OutboxEntry.fresh(
                DedupeKey.of(orgId, NudgeRule.originalKey(step.key())),
                Recipients.of(person).orElseThrow(),
                FeedbackMessages.suggestion(person, who.get(), FeedbackCadence.weeks(span)),
                now));
        outcomes.put(step, "sent");
      }
    }
    outbox.enqueueAll(entries);
    return outcomes;
  }
}
