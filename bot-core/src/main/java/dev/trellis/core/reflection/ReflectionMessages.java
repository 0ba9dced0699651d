package dev.trellis.core.reflection;

import static dev.trellis.core.reflection.ReflectionActions.ANSWER_INPUT;
import static dev.trellis.core.reflection.ReflectionActions.NEXT_STEP_INPUT;
import static dev.trellis.core.reflection.ReflectionActions.SHARE_INPUT;

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
                + " it.")
        .fallback((takeaway ? "After your 1:1: " : "Time to reflect: ") + prompt.questionText())
        .build();
  }

  static Form form(Prompt prompt, Optional<Reflection> existing) {
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
                new Input.Choice(ReflectionActions.SHARE_WITH_MANAGER, "Me and my manager")),
            Optional.of(
                existing.filter(Reflection::isShared).isPresent()
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

  static OutboundMessage saved(
      Reflection reflection, Optional<String> managerName, boolean edited) {
    String id = reflection.promptId().value();
    OutboundMessage.Builder message;
    if (reflection.isShared()) {
      message =
          OutboundMessage.builder(
              (edited ? "Updated" : "Saved")
                  + " and shared with "
                  + managerName.orElse("your manager")
                  + ". They will see it in the agenda of your next 1:1.");
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
