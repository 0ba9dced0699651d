package dev.trellis.core.reflection;

import static dev.trellis.core.reflection.ReflectionActions.ANSWER_INPUT;
import static dev.trellis.core.reflection.ReflectionActions.NEXT_STEP_INPUT;
import static dev.trellis.core.reflection.ReflectionActions.SHARE_INPUT;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words and buttons of reflection prompts and of the answers to them. {@link #prompt} is public
 * for the other flows that send prompts (the takeaway after a 1:1).
 */
public final class ReflectionMessages {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  /**
   * The rule for typed replies, told with every prompt: a line that starts with a command word runs
   * that command (a wrong one gets its usage line), so such an answer goes through the form.
   */
  public static final String COMMAND_WORD_ANSWERS =
      "A reply that starts with a command word (help, history, pause, buddy, feedback, …) runs"
          + " that command and leaves this question open: to answer with such words, press"
          + " Answer.";

  private ReflectionMessages() {}

  /**
   * The message that asks a prompt's question. A takeaway after a 1:1 offers only Answer and Skip:
   * it belongs to that day, so it is not snoozed, and pausing is for reflection prompts.
   */
  public static OutboundMessage prompt(Prompt prompt) {
    String id = prompt.id().value();
    boolean takeaway = prompt.kind() == PromptKind.AFTER_ONE_ON_ONE;
    OutboundMessage.Builder message =
        OutboundMessage.builder(prompt.questionText())
            .header(takeaway ? "After your 1:1" : "Time to reflect")
            .button(Button.primary(ReflectionActions.ANSWER.value(), "Answer", id))
            .button(Button.of(ReflectionActions.SKIP.value(), "Skip", id));
    if (!takeaway) {
      message
          .button(Button.of(ReflectionActions.SNOOZE.value(), "Snooze 1 day", id))
          .button(
              Button.of(
                  ReflectionActions.PAUSE.value(),
                  "Pause " + ReflectionActions.PAUSE_WEEKS + " weeks",
                  id));
    }
    return message
        .context(
            "Reply here with your answer, or press Answer. Only you can see it unless you share"
                + " it. "
                + COMMAND_WORD_ANSWERS)
        .fallback((takeaway ? "After your 1:1: " : "Time to reflect: ") + prompt.questionText())
        .build();
  }

  /** The answer form; "Me and my manager" is chosen when it is shared with the manager now. */
  static Form form(Prompt prompt, Optional<Reflection> existing, Optional<Person> manager) {
    List<Input> inputs = new ArrayList<>();
    inputs.add(
        new Input.Text(
            ANSWER_INPUT,
            prompt.questionText().length() <= 150 ? prompt.questionText() : "Your answer",
            true,
            existing.map(Reflection::answer),
            Optional.of("Write as much or as little as you like"),
            Reflection.MAX_ANSWER_LENGTH,
            false));
    if (prompt.kind() == PromptKind.AFTER_ONE_ON_ONE) {
      inputs.add(
          new Input.Text(
              NEXT_STEP_INPUT,
              "Your next step",
              false,
              existing.flatMap(Reflection::nextStep),
              Optional.of("One small thing you will do"),
              Reflection.MAX_ANSWER_LENGTH,
              true));
    }
    inputs.add(
        new Input.Select(
            SHARE_INPUT,
            "Who sees it",
            List.of(
                new Input.Choice(ReflectionActions.KEEP_PRIVATE, "Only me"),
                new Input.Choice(
                    ReflectionActions.SHARE_WITH_MANAGER,
                    manager
                        .map(m -> "Me and " + m.name() + ", my manager")
                        .orElse("Me and my manager"))),
            Optional.of(
                existing
                        .filter(r -> manager.filter(m -> r.isSharedWith(m.id())).isPresent())
                        .isPresent()
                    ? ReflectionActions.SHARE_WITH_MANAGER
                    : ReflectionActions.KEEP_PRIVATE),
            false));
    return new Form(
        ReflectionActions.SUBMIT,
        prompt.kind() == PromptKind.AFTER_ONE_ON_ONE ? "After your 1:1" : "Reflection",
        inputs,
        "Save",
        prompt.id().value());
  }

  /**
   * The answer to a save or a share: named the manager it is shared with now, or "Only you" with a
   * Share button (an answer shared only with a former manager is seen by nobody else now).
   */
  static OutboundMessage saved(Reflection reflection, Optional<Person> manager, boolean edited) {
    String id = reflection.promptId().value();
    Optional<Person> sharedWith = manager.filter(m -> reflection.isSharedWith(m.id()));
    OutboundMessage.Builder message;
    if (sharedWith.isPresent()) {
      message =
          OutboundMessage.builder(
              (edited ? "Updated" : "Saved")
                  + " and shared with "
                  + sharedWith.get().name()
                  + ". They will see it in the agenda of your next 1:1 with them.");
    } else {
      message =
          OutboundMessage.builder(
                  (edited ? "Updated" : "Saved") + ". Only you can see this answer.")
              .button(Button.of(ReflectionActions.SHARE.value(), "Share with my manager", id));
    }
    return message
        .button(Button.of(ReflectionActions.EDIT.value(), "Edit", id))
        .context("Your answers: /trellis history")
        .build();
  }

  /**
   * Tells a report that {@code current} is now their manager and sees only what is shared with
   * them; lists the questions of {@code sharedBefore} (answers shared with {@code former}), never
   * their answers, each with a button that shares it with the current manager.
   */
  static OutboundMessage newManager(Person former, Person current, List<Reflection> sharedBefore) {
    StringBuilder text =
        new StringBuilder(current.name())
            .append(" is now your manager in Trellis. ")
            .append(current.name())
            .append(" sees only what you share with them from now on: nothing you shared with ")
            .append(former.name())
            .append(", and ")
            .append(former.name())
            .append("'s agendas no longer show any of it.");
    if (sharedBefore.isEmpty()) {
      text.append("\n\nWhat you share from now on goes to ").append(current.name()).append('.');
    } else {
      text.append("\n\nYou recently shared these with ")
          .append(former.name())
          .append(". To share one with ")
          .append(current.name())
          .append(" too, press its button:");
      for (int i = 0; i < sharedBefore.size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(sharedBefore.get(i).question());
      }
    }
    OutboundMessage.Builder message =
        OutboundMessage.builder(text.toString()).header("Your manager is now " + current.name());
    for (int i = 0; i < sharedBefore.size(); i++) {
      message.button(
          new Button(
              ReflectionActions.shareListed(i + 1),
              "Share " + (i + 1) + " with " + current.name(),
              sharedBefore.get(i).promptId().value(),
              Button.Style.DEFAULT));
    }
    return message.context("Only you see this message. Your answers: /trellis history").build();
  }

  static String closedOn(Prompt prompt, java.time.ZoneId zone) {
    LocalDate day = prompt.expiresAt().atZone(zone).toLocalDate();
    return "That question closed on "
        + DAY.format(day)
        + ", so nothing was saved. Your next question comes on your usual day.";
  }

  static String tooLong(int length) {
    return String.format(
        Locale.ENGLISH,
        "That is %,d characters; an answer can have up to %,d. Please shorten it: nothing was"
            + " saved.",
        length,
        Reflection.MAX_ANSWER_LENGTH);
  }
}
