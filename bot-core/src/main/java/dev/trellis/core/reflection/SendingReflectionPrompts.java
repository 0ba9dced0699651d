package dev.trellis.core.reflection;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Recipients;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionId;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import dev.trellis.core.step.StepBatches;
import dev.trellis.core.step.StepHandler;
import dev.trellis.core.step.StepMeters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Sends reflection prompts: picks a question the person was not asked recently, stores the prompt
 * and puts the message in the outbox under the step's key. A snoozed prompt comes back as a step
 * keyed {@code snooze:<prompt id>} and asks the same question again.
 */
public final class SendingReflectionPrompts implements StepHandler {

  static final String SNOOZE_PREFIX = "snooze:";

  private final People people;
  private final PeopleSettings settings;
  private final Prompts prompts;
  private final QuestionPicker picker;
  private final PromptedQuestions prompted;
  private final Outbox outbox;
  private final RandomGenerator random;
  private final Duration openFor;

  public SendingReflectionPrompts(
      People people,
      PeopleSettings settings,
      Prompts prompts,
      QuestionPicker picker,
      PromptedQuestions prompted,
      Outbox outbox,
      RandomGenerator random,
      Duration openFor) {
    this.people = people;
    this.settings = settings;
    this.prompts = prompts;
    this.picker = picker;
    this.prompted = prompted;
    this.outbox = outbox;
    this.random = random;
    this.openFor = openFor;
  }

  @Override
  public StepKind kind() {
    return ReflectionSteps.REFLECTION_PROMPT;
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
    Map<PersonId, Person> byId = people.byIds(orgId, StepBatches.recipients(steps));
    Map<PersonId, PersonSettings> changed = settings.changedIn(orgId);
    Map<PlannedStep, String> outcomes = new HashMap<>();
    List<PlannedStep> ready = new ArrayList<>();
    for (PlannedStep step : steps) {
      Person person = byId.get(step.recipient());
      if (person == null) {
        outcomes.put(step, "skipped: person removed");
      } else if (changed
          .getOrDefault(person.id(), PersonSettings.DEFAULT)
          .isPausedOn(step.local().toLocalDate())) {
        outcomes.put(step, "skipped: paused");
      } else if (Recipients.of(person).isEmpty()) {
        outcomes.put(step, "skipped: no chat identity");
      } else {
        ready.add(step);
      }
    }
    Map<PersonId, Asked> questions = questions(orgId, ready);
    List<Prompt> newPrompts = new ArrayList<>();
    List<OutboxEntry> entries = new ArrayList<>();
    Map<PersonId, QuestionId> asked = new HashMap<>();
    for (PlannedStep step : ready) {
      Person person = byId.get(step.recipient());
      String key = NudgeRule.originalKey(step.key());
      Optional<Asked> question = question(person, key, questions);
      if (question.isEmpty()) {
        outcomes.put(step, "skipped: no question available");
        continue;
      }
      Prompt prompt = prompt(person, key, question.get(), now);
      newPrompts.add(prompt);
      asked.put(person.id(), question.get().id());
      entries.add(entry(person, key, prompt, now));
      outcomes.put(step, "sent");
    }
    prompts.saveAll(newPrompts);
    prompted.recordAll(orgId, asked, now);
    outbox.enqueueAll(entries);
    return outcomes;
  }

  /** Sends a prompt now, outside the person's cadence (the admin's "send now"). */
  public Optional<PromptId> sendNow(Person person, Instant now) {
    if (Recipients.of(person).isEmpty()) {
      return Optional.empty();
    }
    String key = "now:" + UUID.randomUUID();
    Optional<Asked> question =
        picker.pick(person.orgId(), person.id(), 1, Set.of(), random).stream()
            .findFirst()
            .map(q -> new Asked(q.id(), q.text()));
    if (question.isEmpty()) {
      return Optional.empty();
    }
    Prompt prompt = prompt(person, key, question.get(), now);
    prompts.save(prompt);
    prompted.record(person.orgId(), person.id(), question.get().id(), now);
    outbox.enqueue(entry(person, key, prompt, now));
    StepMeters.sent(ReflectionSteps.REFLECTION_PROMPT);
    return Optional.of(prompt.id());
  }

  /** The question a prompt asks: its id in the bank and its text. */
  private record Asked(QuestionId id, String text) {}

  private Prompt prompt(Person person, String key, Asked question, Instant now) {
    PromptId id = PromptId.forStep(person.orgId(), key);
    return new Prompt(
        id,
        person.orgId(),
        person.id(),
        PromptKind.REFLECTION,
        Optional.of(question.id().value()),
        question.text(),
        now,
        now.plus(openFor),
        Prompt.State.OPEN);
  }

  private static OutboxEntry entry(Person person, String key, Prompt prompt, Instant now) {
    return OutboxEntry.fresh(
        DedupeKey.of(person.orgId(), key),
        Recipients.of(person).orElseThrow(),
        ReflectionMessages.prompt(prompt),
        now);
  }

  /** New questions for everyone about to be prompted, picked in one go. */
  private Map<PersonId, Asked> questions(OrgId orgId, List<PlannedStep> ready) {
    List<PersonId> fresh =
        ready.stream()
            .filter(s -> !NudgeRule.originalKey(s.key()).startsWith(SNOOZE_PREFIX))
            .map(PlannedStep::recipient)
            .distinct()
            .toList();
    Map<PersonId, Asked> asked = new HashMap<>();
    picker
        .pickOneForEach(orgId, fresh, random)
        .forEach((person, q) -> asked.put(person, new Asked(q.id(), q.text())));
    return asked;
  }

  private Optional<Asked> question(Person person, String key, Map<PersonId, Asked> picked) {
    if (key.startsWith(SNOOZE_PREFIX)) {
      return prompts
          .findById(person.orgId(), new PromptId(key.substring(SNOOZE_PREFIX.length())))
          .flatMap(p -> p.questionId().map(id -> new Asked(new QuestionId(id), p.questionText())));
    }
    return Optional.ofNullable(picked.get(person.id()));
  }
}
