package dev.trellis.core.reflection;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.StepMeters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What people do with a prompt: answer it (a reply in the chat, or the form), edit the answer,
 * share it with their current manager (or, choosing Only me, with nobody any more), skip, snooze
 * for a day, or pause for two weeks. Every path checks that the prompt is the person's own and
 * still open, and answers a double click or a late answer with a clear sentence instead of changing
 * anything twice.
 */
public final class AnsweringReflections {

  private final Prompts prompts;
  private final Reflections reflections;
  private final People people;
  private final PuttingOffPrompts puttingOff;

  public AnsweringReflections(
      Prompts prompts,
      Reflections reflections,
      People people,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps) {
    this.prompts = prompts;
    this.reflections = reflections;
    this.people = people;
    this.puttingOff = new PuttingOffPrompts(prompts, settings, holidays, steps);
  }

  /** Answers the person's open prompt with text they typed; empty when no prompt is open. */
  public Optional<Response> reply(Person person, String text, Instant now) {
    Optional<Prompt> open = openPrompt(person, now);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    String answer = text.strip();
    if (answer.length() > Reflection.MAX_ANSWER_LENGTH) {
      return Optional.of(Response.say(ReflectionMessages.tooLong(answer.length())));
    }
    return Optional.of(save(person, open.get(), answer, Optional.empty(), Sharing.KEEP, now));
  }

  /** Whether the person has a question open that a typed reply would answer. */
  public boolean hasOpenPrompt(Person person, Instant now) {
    return openPrompt(person, now).isPresent();
  }

  private Optional<Prompt> openPrompt(Person person, Instant now) {
    return prompts
        .latest(person.orgId(), person.id())
        .flatMap(id -> prompts.findById(person.orgId(), id))
        .filter(p -> p.state() == Prompt.State.OPEN)
        .filter(p -> !p.isExpired(now));
  }

  public Response press(Person person, ButtonPress press) {
    Optional<Prompt> found = ownPrompt(person, press.value());
    if (found.isEmpty()) {
      return Response.say("That question is not yours or no longer exists.");
    }
    Prompt prompt = found.get();
    Instant now = press.receivedAt();
    String action = press.action().value();
    if (ReflectionActions.isShare(press.action())) {
      return share(person, prompt, now, !ReflectionActions.isListedShare(press.action()));
    }
    if (prompt.isExpired(now)) {
      return Response.replace(ReflectionMessages.closedOn(prompt, person.timeZone()));
    }
    if (action.equals(ReflectionActions.ANSWER.value())
        || action.equals(ReflectionActions.EDIT.value())) {
      return new Response.OpenForm(
          ReflectionMessages.form(
              prompt,
              reflections.findByPrompt(person.orgId(), prompt.id()),
              currentManager(person)));
    }
    if (action.equals(ReflectionActions.SKIP.value())) {
      return closeOnce(
          person,
          prompt,
          Prompt.State.SKIPPED,
          "Skipped. Your next question comes on your usual day.");
    }
    if (action.equals(ReflectionActions.SNOOZE.value())) {
      return puttingOff.snooze(person, prompt, now);
    }
    if (action.equals(ReflectionActions.PAUSE.value())) {
      return puttingOff.pause(person, prompt, now);
    }
    return Response.say("I do not know that button.");
  }

  public Response submit(Person person, FormSubmission form) {
    Optional<Prompt> found = ownPrompt(person, form.reference());
    if (found.isEmpty()) {
      return Response.say("That question is not yours or no longer exists.");
    }
    Prompt prompt = found.get();
    String answer = form.value(ReflectionActions.ANSWER_INPUT).map(String::strip).orElse("");
    Optional<String> nextStep =
        form.value(ReflectionActions.NEXT_STEP_INPUT).map(String::strip).filter(s -> !s.isEmpty());
    boolean share =
        form.value(ReflectionActions.SHARE_INPUT)
            .filter(ReflectionActions.SHARE_WITH_MANAGER::equals)
            .isPresent();
    if (answer.isEmpty()) {
      return errors(ReflectionActions.ANSWER_INPUT, "Please write an answer, or close this form.");
    }
    if (answer.length() > Reflection.MAX_ANSWER_LENGTH) {
      return errors(ReflectionActions.ANSWER_INPUT, ReflectionMessages.tooLong(answer.length()));
    }
    if (nextStep.filter(s -> s.length() > Reflection.MAX_ANSWER_LENGTH).isPresent()) {
      return errors(
          ReflectionActions.NEXT_STEP_INPUT, ReflectionMessages.tooLong(nextStep.get().length()));
    }
    if (prompt.isExpired(form.receivedAt())) {
      return errors(
          ReflectionActions.ANSWER_INPUT, ReflectionMessages.closedOn(prompt, person.timeZone()));
    }
    if (share && currentManager(person).isEmpty()) {
      return errors(
          ReflectionActions.SHARE_INPUT,
          "You have no manager in Trellis yet, so there is no one to share with: choose Only me.");
    }
    return save(
        person,
        prompt,
        answer,
        nextStep,
        share ? Sharing.WITH_MANAGER : Sharing.ONLY_ME,
        form.receivedAt());
  }

  /**
   * Who an answer being saved is for: as before (a typed reply), its writer's manager, or nobody.
   */
  private enum Sharing {
    KEEP,
    WITH_MANAGER,
    ONLY_ME
  }

  private Response save(
      Person person,
      Prompt prompt,
      String answer,
      Optional<String> nextStep,
      Sharing sharing,
      Instant now) {
    Optional<Reflection> existing = reflections.findByPrompt(person.orgId(), prompt.id());
    Reflection reflection =
        existing
            .map(r -> r.edited(answer, nextStep, now))
            .orElseGet(
                () ->
                    new Reflection(
                        new ReflectionId(prompt.id().value()),
                        person.orgId(),
                        person.id(),
                        prompt.id(),
                        prompt.kind(),
                        prompt.questionText(),
                        answer,
                        nextStep,
                        now,
                        Optional.empty(),
                        List.of()));
    Optional<Person> manager = currentManager(person);
    if (sharing == Sharing.WITH_MANAGER) {
      reflection = reflection.sharedWith(manager.orElseThrow().id(), now);
    } else if (sharing == Sharing.ONLY_ME) {
      reflection = reflection.unshared();
    }
    reflections.save(reflection);
    prompts.close(person.orgId(), prompt.id(), Prompt.State.ANSWERED);
    if (existing.isEmpty()) {
      StepMeters.answered(stepKindOf(prompt.kind()));
    }
    return new Response.Reply(
        ReflectionMessages.saved(reflection, manager, existing.isPresent()), false);
  }

  /** The kind of the step that sends such a prompt, so the counters of a kind line up. */
  private static StepKind stepKindOf(PromptKind kind) {
    return kind == PromptKind.REFLECTION
        ? ReflectionSteps.REFLECTION_PROMPT
        : StepKind.of(kind.name());
  }

  /**
   * Shares the answer with the person's manager as the directory has it now, never with the one it
   * was first shared with; {@code inPlace}: the answer replaces the message whose button was
   * pressed (a list keeps its other buttons).
   */
  private Response share(Person person, Prompt prompt, Instant now, boolean inPlace) {
    Optional<Reflection> reflection = reflections.findByPrompt(person.orgId(), prompt.id());
    if (reflection.isEmpty()) {
      return Response.say("Answer the question first; then you can share your answer.");
    }
    Optional<Person> manager = currentManager(person);
    if (manager.isEmpty()) {
      return Response.say(
          "You have no manager in Trellis yet, so there is no one to share with. Your answer stays"
              + " private.");
    }
    if (reflection.get().isSharedWith(manager.get().id())) {
      return Response.say("Already shared with " + manager.get().name() + ": nothing changed.");
    }
    Reflection shared = reflection.get().sharedWith(manager.get().id(), now);
    reflections.save(shared);
    return new Response.Reply(ReflectionMessages.saved(shared, manager, false), inPlace);
  }

  private Response closeOnce(Person person, Prompt prompt, Prompt.State state, String done) {
    if (prompts.close(person.orgId(), prompt.id(), state)) {
      return Response.replace(done);
    }
    return Response.say("Already done: nothing changed.");
  }

  private Optional<Prompt> ownPrompt(Person person, String promptId) {
    if (promptId.isBlank() || promptId.length() > 100) {
      return Optional.empty();
    }
    return prompts
        .findById(person.orgId(), new PromptId(promptId))
        .filter(p -> p.personId().equals(person.id()));
  }

  private Optional<Person> currentManager(Person person) {
    return person.managerId().flatMap(id -> people.findById(person.orgId(), id));
  }

  private static Response errors(String input, String message) {
    return new Response.FormErrors(Map.of(input, message));
  }
}
