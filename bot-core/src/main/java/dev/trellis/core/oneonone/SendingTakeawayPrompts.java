package dev.trellis.core.oneonone;

import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.reflection.Prompt;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Prompts;
import dev.trellis.core.reflection.ReflectionMessages;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.StepHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the report, when a 1:1 ends, for their takeaway and next step: a prompt of kind {@link
 * PromptKind#AFTER_ONE_ON_ONE}, answered like any reflection (in the chat or the form with its
 * next-step input), private unless the report shares it, and then in the next agenda. The same step
 * always makes the same prompt, and a prompt already made is kept as it is.
 */
public final class SendingTakeawayPrompts implements StepHandler {

  private final OneOnOneTargets targets;
  private final Prompts prompts;
  private final Duration openFor;

  public SendingTakeawayPrompts(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      Prompts prompts,
      Outbox outbox,
      Duration openFor) {
    // A takeaway is worth asking for however late; the late policy alone bounds it.
    this.targets =
        new OneOnOneTargets(oneOnOnes, people, settings, outbox, occurrence -> Instant.MAX);
    this.prompts = prompts;
    this.openFor = openFor;
  }

  @Override
  public StepKind kind() {
    return OneOnOneSteps.AFTER_ONE_ON_ONE;
  }

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return targets.send(
        steps,
        now,
        target -> ReflectionMessages.prompt(promptFor(target, target.step().key().value(), now)));
  }

  private Prompt promptFor(OneOnOneTargets.Target target, String key, Instant now) {
    OrgId orgId = target.oneOnOne().orgId();
    PromptId id = PromptId.forStep(orgId, key);
    Optional<Prompt> existing = prompts.findById(orgId, id);
    if (existing.isPresent()) {
      return existing.get();
    }
    Prompt prompt =
        new Prompt(
            id,
            orgId,
            target.recipient().id(),
            PromptKind.AFTER_ONE_ON_ONE,
            Optional.empty(),
            OneOnOneMessages.takeawayQuestion(target.manager()),
            now,
            now.plus(openFor),
            Prompt.State.OPEN);
    prompts.save(prompt);
    return prompt;
  }
}
