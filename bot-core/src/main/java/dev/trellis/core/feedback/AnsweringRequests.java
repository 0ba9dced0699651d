package dev.trellis.core.feedback;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import java.time.Instant;
import java.util.Optional;

/**
 * What a giver does with a request (answer it in the form, or decline it) and what a receiver does
 * with an answer (share it with their current manager). Every path checks that the request is the
 * person's own; a request answered, declined or expired before gets a sentence that says so, and
 * nothing changes twice.
 */
final class AnsweringRequests {

  private final FeedbackRecords records;
  private final People people;
  private final FeedbackDelivery delivery;

  AnsweringRequests(FeedbackRecords records, People people, FeedbackDelivery delivery) {
    this.records = records;
    this.people = people;
    this.delivery = delivery;
  }

  /** Answer opens the form; Decline closes the request and tells the asker, without a reason. */
  Response press(Person giver, ButtonPress press, boolean decline) {
    Optional<Feedback> request = ownRequest(giver, press.value());
    if (request.isEmpty()) {
      return Response.say("That request is not yours or no longer exists.");
    }
    Optional<Person> asker = person(giver, request.get().receiverId());
    if (asker.isEmpty()) {
      return Response.replace("The person who asked is no longer in Trellis.");
    }
    Optional<String> closed = closed(request.get(), asker.get(), giver, press.receivedAt());
    if (closed.isPresent()) {
      return Response.say(closed.get());
    }
    if (!decline) {
      return new Response.OpenForm(FeedbackMessages.answerForm(request.get(), asker.get()));
    }
    if (!records.close(giver.orgId(), request.get().id(), Optional.empty(), press.receivedAt())) {
      return Response.say("That request was closed a moment ago: nothing changed.");
    }
    delivery.send(
        asker.get(),
        "declined:" + request.get().id().value(),
        FeedbackMessages.declined(request.get(), giver),
        press.receivedAt());
    return Response.replace("Declined. " + asker.get().name() + " will be told, without a reason.");
  }

  Response submit(Person giver, FormSubmission form) {
    Optional<Feedback> request = ownRequest(giver, form.reference());
    if (request.isEmpty()) {
      return AskingForFeedback.errors(
          FeedbackActions.WENT_WELL_INPUT, "That request is not yours or no longer exists.");
    }
    Optional<Person> asker = person(giver, request.get().receiverId());
    if (asker.isEmpty()) {
      return AskingForFeedback.errors(
          FeedbackActions.WENT_WELL_INPUT, "The person who asked is no longer in Trellis.");
    }
    Instant now = form.receivedAt();
    Optional<String> closed = closed(request.get(), asker.get(), giver, now);
    if (closed.isPresent()) {
      return AskingForFeedback.errors(FeedbackActions.WENT_WELL_INPUT, closed.get());
    }
    Optional<Response.FormErrors> wrong = FeedbackForms.problems(form);
    if (wrong.isPresent()) {
      return wrong.get();
    }
    FeedbackAnswer answer = FeedbackForms.answer(form);
    if (!records.close(giver.orgId(), request.get().id(), Optional.of(answer), now)) {
      return AskingForFeedback.errors(
          FeedbackActions.WENT_WELL_INPUT, "That request was closed a moment ago: nothing saved.");
    }
    Feedback answered = records.find(giver.orgId(), request.get().id()).orElseThrow();
    delivery.send(
        asker.get(),
        "answer:" + answered.id().value(),
        FeedbackMessages.received(answered, giver, Optional.empty()),
        now);
    return new Response.Reply(FeedbackMessages.sentTo(asker.get()), false);
  }

  /**
   * Shares an answer the person received with their manager as the directory has it now; a former
   * manager it was shared with sees it no more ({@link dev.trellis.core.privacy.SharedItemAccess}).
   */
  Response share(Person receiver, ButtonPress press) {
    Optional<Feedback> feedback =
        FeedbackId.read(press.value())
            .flatMap(id -> records.find(receiver.orgId(), id))
            .filter(f -> f.receiverId().equals(receiver.id()))
            .filter(f -> f.state() == Feedback.State.ANSWERED);
    if (feedback.isEmpty()) {
      return Response.say("That feedback is not yours or no longer exists.");
    }
    Optional<Person> manager = receiver.managerId().flatMap(id -> person(receiver, id));
    if (manager.isEmpty()) {
      return Response.say(
          "You have no manager in Trellis yet, so there is no one to share with. The feedback"
              + " stays private.");
    }
    if (feedback.get().isSharedWith(manager.get().id())) {
      return Response.say("Already shared with " + manager.get().name() + ": nothing changed.");
    }
    records.saveShares(feedback.get().sharedWith(manager.get().id(), press.receivedAt()));
    return Response.say(
        "Shared with "
            + manager.get().name()
            + ". They will see it in the agenda of your next 1:1 with them.");
  }

  /** Why the request can no longer be answered or declined; empty while it is open. */
  private static Optional<String> closed(
      Feedback request, Person asker, Person giver, Instant now) {
    String on = request.closedAt().map(t -> FeedbackMessages.day(t, giver.timeZone())).orElse("");
    String instead =
        " To tell "
            + asker.name()
            + " something anyway: /feedback give "
            + handle(asker)
            + " about "
            + FeedbackMessages.topic(request);
    return switch (request.state()) {
      case ANSWERED ->
          Optional.of(
              "You already answered this request on "
                  + on
                  + ": nothing changed. The feedback you gave: /feedback given");
      case DECLINED -> Optional.of("You declined this request on " + on + "." + instead);
      case OPEN ->
          request.isExpired(now)
              ? Optional.of(
                  "That request closed on "
                      + FeedbackMessages.day(request.expiresAt(), giver.timeZone())
                      + ", so it can no longer be answered."
                      + instead)
              : Optional.empty();
    };
  }

  private static String handle(Person person) {
    String email = person.email().value();
    return "@" + email.substring(0, email.indexOf('@'));
  }

  private Optional<Feedback> ownRequest(Person giver, String value) {
    return FeedbackId.read(value)
        .flatMap(id -> records.find(giver.orgId(), id))
        .filter(f -> f.asked() && f.giverId().equals(giver.id()));
  }

  private Optional<Person> person(Person of, PersonId id) {
    return people.findById(of.orgId(), id);
  }
}
