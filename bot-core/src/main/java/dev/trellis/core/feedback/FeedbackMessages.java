package dev.trellis.core.feedback;

import static dev.trellis.core.feedback.FeedbackActions.TOPIC_INPUT;
import static dev.trellis.core.feedback.FeedbackActions.TRY_DIFFERENTLY_INPUT;
import static dev.trellis.core.feedback.FeedbackActions.WENT_WELL_INPUT;

import dev.trellis.core.command.FeedbackCommand;
import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words, buttons and forms of feedback. Written as typed on Slack; Teams drops the slash. */
final class FeedbackMessages {

  static final String ASK_EXAMPLE = "For example: /feedback ask @bob about my design review";
  static final String GIVE_EXAMPLE = "For example: /feedback give @bob about the demo";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private FeedbackMessages() {}

  static OutboundMessage request(Feedback request, Person asker, Person giver) {
    String id = request.id().value();
    return OutboundMessage.builder(
            asker.name() + " asks for your feedback on “" + topic(request) + "”.")
        .header("Feedback request from " + asker.name())
        .button(Button.primary(FeedbackActions.ANSWER.value(), "Answer", id))
        .button(Button.of(FeedbackActions.DECLINE.value(), "Decline", id))
        .context(
            "Only "
                + asker.name()
                + " will see your answer. Open until "
                + day(request.expiresAt(), giver.timeZone())
                + ". Requests waiting for you: /feedback")
        .build();
  }

  static OutboundMessage reminder(Feedback request, Person asker, Person giver) {
    String id = request.id().value();
    return OutboundMessage.builder(
            "A week ago "
                + asker.name()
                + " asked for your feedback on “"
                + topic(request)
                + "”. The request closes on "
                + day(request.expiresAt(), giver.timeZone())
                + ".")
        .header("Reminder: feedback for " + asker.name())
        .button(Button.primary(FeedbackActions.ANSWER.value(), "Answer", id))
        .button(Button.of(FeedbackActions.DECLINE.value(), "Decline", id))
        .context("This is the only reminder. Only " + asker.name() + " will see your answer.")
        .build();
  }

  /** The answer a receiver gets, with a Share button while their manager has not got it. */
  static OutboundMessage received(Feedback feedback, Person giver, Optional<Person> manager) {
    String about = feedback.topic().map(t -> " on “" + t + "”").orElse("");
    OutboundMessage.Builder message =
        OutboundMessage.builder(
                giver.name()
                    + (feedback.asked() ? " answered your request" : " gave you feedback")
                    + about
                    + ".\n\n"
                    + answerText(feedback.answer().orElseThrow()))
            .header("Feedback from " + giver.name());
    if (manager.filter(m -> feedback.isSharedWith(m.id())).isEmpty()) {
      message.button(
          Button.of(FeedbackActions.SHARE.value(), "Share with my manager", feedback.id().value()));
    }
    return message
        .context(
            "Only you see this unless you share it with your manager. Your feedback: /feedback")
        .fallback("Feedback from " + giver.name() + about)
        .build();
  }

  static OutboundMessage declined(Feedback request, Person giver) {
    return OutboundMessage.builder(
            giver.name() + " declined your request for feedback on “" + topic(request) + "”.")
        .context("Ask someone else: /feedback ask @name about <topic>")
        .build();
  }

  static OutboundMessage expired(Feedback request, Person giver) {
    return OutboundMessage.builder(
            "Your request to "
                + giver.name()
                + " for feedback on “"
                + topic(request)
                + "” closed after 14 days without an answer.")
        .context("Ask again or someone else: /feedback ask @name about <topic>")
        .build();
  }

  /** What the giver sees once it is sent: never the text. */
  static OutboundMessage sentTo(Person receiver) {
    return OutboundMessage.builder(
            "Sent to "
                + receiver.name()
                + ". Only "
                + receiver.name()
                + " sees it, and their manager if they share it.")
        .context("The feedback you gave: /feedback given")
        .build();
  }

  static OutboundMessage suggestion(Person person, FeedbackCandidates.Candidate who, int weeks) {
    Person candidate = who.person();
    return OutboundMessage.builder(
            "You have not asked anyone for feedback in "
                + weeks
                + " weeks. "
                + candidate.name()
                + ", "
                + who.why()
                + ", could tell you how something went: a meeting, a piece of work, a talk.")
        .header("Ask for feedback")
        .button(
            Button.primary(
                FeedbackActions.SUGGESTED_ASK.value(),
                "Ask " + candidate.name(),
                candidate.id().value()))
        .context("Ask anyone, any time: /feedback ask @name about <topic>")
        .fallback("Ask " + candidate.name() + " for feedback?")
        .build();
  }

  static Form answerForm(Feedback request, Person asker) {
    return new Form(
        FeedbackActions.ANSWER_FORM,
        "Your feedback",
        answerInputs("For " + asker.name() + " on “" + topic(request) + "”: what went well?"),
        "Send",
        request.id().value());
  }

  static Form giveForm(Person receiver, Optional<String> topic) {
    List<Input> inputs = new ArrayList<>();
    inputs.add(
        new Input.Text(
            TOPIC_INPUT,
            "About (optional)",
            false,
            topic,
            Optional.of("What is it about?"),
            FeedbackCommand.MAX_TOPIC,
            true));
    inputs.addAll(answerInputs("For " + receiver.name() + ": what went well?"));
    return new Form(
        FeedbackActions.GIVE_FORM, "Give feedback", inputs, "Send", receiver.id().value());
  }

  static Form askForm(Person giver) {
    return new Form(
        FeedbackActions.ASK_FORM,
        "Ask for feedback",
        List.of(
            new Input.Text(
                TOPIC_INPUT,
                "Ask " + giver.name() + " for feedback on",
                false,
                Optional.empty(),
                Optional.of("my design review"),
                FeedbackCommand.MAX_TOPIC,
                false)),
        "Ask",
        giver.id().value());
  }

  private static List<Input> answerInputs(String wentWellLabel) {
    return List.of(
        new Input.Text(
            WENT_WELL_INPUT,
            wentWellLabel.length() <= 150 ? wentWellLabel : "What went well?",
            true,
            Optional.empty(),
            Optional.of("Optional, but write this or the next"),
            FeedbackAnswer.MAX_PART,
            true),
        new Input.Text(
            TRY_DIFFERENTLY_INPUT,
            "What to try differently?",
            true,
            Optional.empty(),
            Optional.of("Optional, but write this or the one before"),
            FeedbackAnswer.MAX_PART,
            true));
  }

  static String answerText(FeedbackAnswer answer) {
    StringBuilder text = new StringBuilder();
    answer.wentWell().ifPresent(t -> text.append("What went well: ").append(t));
    answer
        .tryDifferently()
        .ifPresent(
            t ->
                text.append(text.isEmpty() ? "" : "\n")
                    .append("What to try differently: ")
                    .append(t));
    return text.toString();
  }

  static String topic(Feedback feedback) {
    return feedback.topic().orElse("anything");
  }

  static String day(Instant at, ZoneId zone) {
    return DAY.format(at.atZone(zone));
  }
}
