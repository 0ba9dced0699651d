package dev.trellis.core.reflection;

import dev.trellis.core.conversation.Recipients;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionId;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.StepHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

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
    return StepKind.REFLECTION_PROMPT;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    Map<PlannedStep, String> outcomes = new HashMap<>();
    Map<OrgId, List<PlannedStep>> byOrg =
        steps.stream().collect(Collectors.groupingBy(PlannedStep::orgId));
    byOrg.forEach((orgId, orgSteps) -> outcomes.putAll(runForOrg(orgId, orgSteps, now)));
    return outcomes;
  }

  private Map<PlannedStep, String> runForOrg(OrgId orgId, List<PlannedStep> steps, Instant now) {
    Map<PersonId, Person> byId =
        people.findByIds(orgId, steps.stream().map(PlannedStep::recipient).toList()).stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    Map<PlannedStep, String> outcomes = new HashMap<>();
    List<OutboxEntry> entries = new ArrayList<>();
    for (PlannedStep step : steps) {
      Person person = byId.get(step.recipient());
      String outcome =
          person == null ? "skipped: person removed" : prepare(person, step, now, entries);
      outcomes.put(step, outcome);
    }
    outbox.enqueueAll(entries);
    return outcomes;
  }

  private String prepare(Person person, PlannedStep step, Instant now, List<OutboxEntry> entries) {
    if (settings.find(person.orgId(), person.id()).isPausedOn(step.local().toLocalDate())) {
      return "skipped: paused";
    }
    Optional<Recipient> recipient = Recipients.of(person);
    if (recipient.isEmpty()) {
      return "skipped: no chat identity";
    }
    Optional<Prompt> prompt = newPrompt(person, step.key().value(), now);
    if (prompt.isEmpty()) {
      return "skipped: no question available";
    }
    entries.add(
        OutboxEntry.fresh(
            DedupeKey.of(person.orgId(), step.key().value()),
            recipient.get(),
            ReflectionMessages.prompt(prompt.get()),
            now));
    return "sent";
  }

  /** Sends a prompt now, outside the person's cadence (the admin's "send now"). */
  public Optional<PromptId> sendNow(Person person, Instant now) {
    Optional<Recipient> recipient = Recipients.of(person);
    if (recipient.isEmpty()) {
      return Optional.empty();
    }
    String key = "now:" + UUID.randomUUID();
    Optional<Prompt> prompt = newPrompt(person, key, now);
    prompt.ifPresent(
        p ->
            outbox.enqueue(
                OutboxEntry.fresh(
                    DedupeKey.of(person.orgId(), key),
                    recipient.get(),
                    ReflectionMessages.prompt(p),
                    now)));
    return prompt.map(Prompt::id);
  }

  /** The question a prompt asks: its id in the bank and its text. */
  private record Asked(QuestionId id, String text) {}

  private Optional<Prompt> newPrompt(Person person, String key, Instant now) {
    Optional<Asked> question = question(person, key);
    if (question.isEmpty()) {
      return Optional.empty();
    }
    // The same step always makes the same prompt, so running a step again after a crash
    // does not leave a second prompt behind.
    PromptId id =
        new PromptId(
            UUID.nameUUIDFromBytes((person.orgId() + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString());
    Prompt prompt =
        new Prompt(
            id,
            person.orgId(),
            person.id(),
            PromptKind.REFLECTION,
            Optional.of(question.get().id().value()),
            question.get().text(),
            now,
            now.plus(openFor),
            Prompt.State.OPEN);
    prompts.save(prompt);
    prompted.record(person.orgId(), person.id(), question.get().id(), now);
    return Optional.of(prompt);
  }

  private Optional<Asked> question(Person person, String key) {
    if (key.startsWith(SNOOZE_PREFIX)) {
      return prompts
          .findById(person.orgId(), new PromptId(key.substring(SNOOZE_PREFIX.length())))
          .flatMap(p -> p.questionId().map(id -> new Asked(new QuestionId(id), p.questionText())));
    }
    return picker.pick(person.orgId(), person.id(), 1, Set.of(), random).stream()
        .findFirst()
        .map(q -> new Asked(q.id(), q.text()));
  }
}
