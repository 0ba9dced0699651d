package dev.trellis.core.feedback;

import dev.trellis.core.command.FeedbackCommand;
import dev.trellis.core.command.PersonRef;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.oneonone.FindingPeople;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asking for feedback ({@code /feedback ask}, or the form a suggestion opens) and giving it unasked
 * ({@code /feedback give}). Each named person must be someone else of the asker's org; each gets a
 * request at their next sendable time, and the asker a confirmation.
 */
final class AskingForFeedback {

  private final FeedbackRecords records;
  private final People people;
  private final FindingPeople finding;
  private final FeedbackDelivery delivery;
  private final FollowingUpRequests followUps;

  AskingForFeedback(
      FeedbackRecords records,
      People people,
      FeedbackDelivery delivery,
      FollowingUpRequests followUps) {
    this.records = records;
    this.people = people;
    this.finding = new FindingPeople(people);
    this.delivery = delivery;
    this.followUps = followUps;
  }

  Response ask(FeedbackCommand.Ask command, Asked asked) {
    Person asker = asked.person();
    Map<PersonId, Person> givers = new LinkedHashMap<>();
    for (PersonRef ref : command.people()) {
      FindingPeople.Found found = finding.find(asker.orgId(), ref);
      if (found instanceof FindingPeople.Found.None none) {
        return withExample(none.why(), FeedbackMessages.ASK_EXAMPLE);
      }
      Person giver = ((FindingPeople.Found.One) found).person();
      if (giver.id().equals(asker.id())) {
        return Response.say(
            "You cannot ask yourself for feedback: name a colleague. "
                + FeedbackMessages.ASK_EXAMPLE);
      }
      givers.put(giver.id(), giver);
    }
    return send(asker, List.copyOf(givers.values()), command.topic(), asked.at());
  }

  /** A suggestion's Ask button: the ask form, with the person filled in. */
  Response openSuggested(Person person, ButtonPress press) {
    return other(person, press.value())
        .<Response>map(p -> new Response.OpenForm(FeedbackMessages.askForm(p)))
        .orElseGet(() -> Response.say("That person is no longer in Trellis."));
  }

  Response submitAsk(Person asker, FormSubmission form) {
    Optional<Person> giver = other(asker, form.reference());
    if (giver.isEmpty()) {
      return errors(FeedbackActions.TOPIC_INPUT, "That person is no longer in Trellis.");
    }
    String topic = form.value(FeedbackActions.TOPIC_INPUT).map(String::strip).orElse("");
    Optional<String> wrong = wrongTopic(topic);
    if (wrong.isPresent()) {
      return errors(FeedbackActions.TOPIC_INPUT, wrong.get());
    }
    return send(asker, List.of(giver.get()), topic, form.receivedAt());
  }

  Response give(FeedbackCommand.Give command, Asked asked) {
    Person giver = asked.person();
    FindingPeople.Found found = finding.find(giver.orgId(), command.person());
    if (found instanceof FindingPeople.Found.None none) {
      return withExample(none.why(), FeedbackMessages.GIVE_EXAMPLE);
    }
    Person receiver = ((FindingPeople.Found.One) found).person();
    if (receiver.id().equals(giver.id())) {
      return Response.say(
          "Feedback is for someone else: name a colleague. " + FeedbackMessages.GIVE_EXAMPLE);
    }
    return new Response.OpenForm(FeedbackMessages.giveForm(receiver, command.topic()));
  }

  Response submitGive(Person giver, FormSubmission form) {
    Optional<Person> receiver = other(giver, form.reference());
    if (receiver.isEmpty()) {
      return errors(FeedbackActions.WENT_WELL_INPUT, "That person is no longer in Trellis.");
    }
    Optional<String> topic = form.value(FeedbackActions.TOPIC_INPUT).map(String::strip);
    if (topic.isPresent() && wrongTopic(topic.get()).isPresent()) {
      return errors(FeedbackActions.TOPIC_INPUT, wrongTopic(topic.get()).orElseThrow());
    }
    Optional<Response.FormErrors> wrongAnswer = FeedbackForms.problems(form);
    if (wrongAnswer.isPresent()) {
      return wrongAnswer.get();
    }
    Feedback given =
        Feedback.unasked(
            giver.orgId(),
            receiver.get().id(),
            giver.id(),
            topic,
            FeedbackForms.answer(form),
            form.receivedAt());
    records.insertAll(List.of(given));
    delivery.send(
        receiver.get(),
        "answer:" + given.id().value(),
        FeedbackMessages.received(given, giver, Optional.empty()),
        form.receivedAt());
    return new Response.Reply(FeedbackMessages.sentTo(receiver.get()), false);
  }

  private Response send(Person asker, List<Person> givers, String topic, Instant now) {
    List<Feedback> requests = new ArrayList<>();
    Map<PersonId, Person> byId = new LinkedHashMap<>();
    byId.put(asker.id(), asker);
    for (Person giver : givers) {
      requests.add(Feedback.request(asker.orgId(), asker.id(), giver.id(), topic, now));
      byId.put(giver.id(), giver);
    }
    records.insertAll(requests);
    List<String> unreachable = new ArrayList<>();
    for (Feedback request : requests) {
      Person giver = byId.get(request.giverId());
      boolean queued =
          delivery.send(
              giver,
              "request:" + request.id().value(),
              FeedbackMessages.request(request, asker, giver),
              now);
      if (!queued) {
        unreachable.add(giver.name());
      }
    }
    followUps.plan(requests, byId);
    String names = String.join(", ", givers.stream().map(Person::name).toList());
    String text =
        "Asked "
            + names
            + " for feedback on “"
            + topic
            + "”. "
            + (givers.size() == 1 ? "They get" : "Each gets")
            + " your request at their next working hour; it stays open for 14 days. Only you"
            + " will see the answers.";
    if (!unreachable.isEmpty()) {
      text +=
          " Trellis cannot message "
              + String.join(", ", unreachable)
              + " in chat yet: they will see it when they type /feedback.";
    }
    return Response.say(text);
  }

  private Optional<Person> other(Person person, String reference) {
    if (reference.isBlank() || reference.length() > 100 || reference.equals(person.id().value())) {
      return Optional.empty();
    }
    return people.findById(person.orgId(), new PersonId(reference));
  }

  static Optional<String> wrongTopic(String topic) {
    if (topic.isBlank()) {
      return Optional.of("Say what the feedback is about, such as: my design review.");
    }
    if (topic.length() > FeedbackCommand.MAX_TOPIC) {
      return Optional.of(
          "Keep the topic to "
              + FeedbackCommand.MAX_TOPIC
              + " characters (that one has "
              + topic.length()
              + ").");
    }
    return Optional.empty();
  }

  private static Response withExample(Response why, String example) {
    String text = why instanceof Response.Reply reply ? reply.message().text() : "";
    return Response.say((text + " " + example).strip());
  }

  static Response.FormErrors errors(String input, String message) {
    return new Response.FormErrors(Map.of(input, message));
  }
}
