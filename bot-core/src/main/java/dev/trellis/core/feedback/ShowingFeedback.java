package dev.trellis.core.feedback;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's own view of feedback: {@code /feedback} (requests waiting for them, answers they
 * received) and {@code /feedback given} (what they gave, in their own words, and to whom). Nobody
 * else's view: each list is read by the person's own id.
 */
final class ShowingFeedback {

  static final int LISTED = 5;
  static final int GIVEN = 10;

  private final FeedbackRecords records;
  private final People people;

  ShowingFeedback(FeedbackRecords records, People people) {
    this.records = records;
    this.people = people;
  }

  Response overview(Person person, Instant now) {
    List<Feedback> waiting = records.waitingFor(person.orgId(), person.id(), now, LISTED);
    List<Feedback> received = records.receivedBy(person.orgId(), person.id(), LISTED);
    Map<PersonId, Person> names = names(person, Stream.concat(waiting.stream(), received.stream()));
    Optional<PersonId> manager = person.managerId();
    StringBuilder text = new StringBuilder("Waiting for your feedback:");
    if (waiting.isEmpty()) {
      text.append("\nNothing right now.");
    }
    for (int i = 0; i < waiting.size(); i++) {
      Feedback request = waiting.get(i);
      text.append("\n")
          .append(i + 1)
          .append(". ")
          .append(name(names, request.receiverId()))
          .append(" on “")
          .append(FeedbackMessages.topic(request))
          .append("”, open until ")
          .append(FeedbackMessages.day(request.expiresAt(), person.timeZone()));
    }
    text.append("\n\nFeedback you received:");
    if (received.isEmpty()) {
      text.append("\nNone yet. Ask for some: /feedback ask @name about <topic>");
    }
    for (int i = 0; i < received.size(); i++) {
      Feedback feedback = received.get(i);
      boolean shared = manager.filter(feedback::isSharedWith).isPresent();
      text.append("\n")
          .append(i + 1)
          .append(". From ")
          .append(name(names, feedback.giverId()))
          .append(feedback.topic().map(t -> " on “" + t + "”").orElse(""))
          .append(shared ? " (shared with your manager)" : "")
          .append(":\n")
          .append(FeedbackMessages.answerText(feedback.answer().orElseThrow()));
    }
    OutboundMessage.Builder built = OutboundMessage.builder(text.toString()).header("Feedback");
    for (int i = 0; i < waiting.size(); i++) {
      built.button(
          new Button(
              FeedbackActions.listed(FeedbackActions.ANSWER, i + 1),
              "Answer " + (i + 1),
              waiting.get(i).id().value(),
              Button.Style.DEFAULT));
    }
    for (int i = 0; i < received.size(); i++) {
      Feedback feedback = received.get(i);
      if (manager.isPresent() && !feedback.isSharedWith(manager.get())) {
        built.button(
            new Button(
                FeedbackActions.listed(FeedbackActions.SHARE, i + 1),
                "Share " + (i + 1) + " with my manager",
                feedback.id().value(),
                Button.Style.DEFAULT));
      }
    }
    return new Response.Reply(
        built.context("Only you see this. The feedback you gave: /feedback given").build(), false);
  }

  Response given(Person person) {
    List<Feedback> given = records.givenBy(person.orgId(), person.id(), GIVEN);
    if (given.isEmpty()) {
      return Response.say(
          "You have not given feedback in Trellis yet. To give some: /feedback give @name");
    }
    Map<PersonId, Person> names = names(person, given.stream());
    StringBuilder text = new StringBuilder();
    for (Feedback feedback : given) {
      text.append(text.isEmpty() ? "" : "\n\n")
          .append("To ")
          .append(name(names, feedback.receiverId()))
          .append(feedback.topic().map(t -> " on “" + t + "”").orElse(""))
          .append(", ")
          .append(FeedbackMessages.day(feedback.closedAt().orElseThrow(), person.timeZone()))
          .append(":\n")
          .append(FeedbackMessages.answerText(feedback.answer().orElseThrow()));
    }
    return new Response.Reply(
        OutboundMessage.builder(text.toString())
            .header("Feedback you gave")
            .context("Only you see this list; each one went only to the person named.")
            .build(),
        false);
  }

  /** The home view's line: the requests waiting for the person. */
  List<Field> home(Person person, Instant now) {
    List<Feedback> waiting = records.waitingFor(person.orgId(), person.id(), now, LISTED);
    if (waiting.isEmpty()) {
      return List.of(new Field("Feedback requests", "None waiting for you"));
    }
    Map<PersonId, Person> names = names(person, waiting.stream());
    return List.of(
        new Field(
            "Feedback requests",
            waiting.stream()
                .map(r -> name(names, r.receiverId()) + ": " + FeedbackMessages.topic(r))
                .collect(Collectors.joining("\n"))));
  }

  private Map<PersonId, Person> names(Person person, Stream<Feedback> of) {
    Collection<PersonId> ids =
        of.flatMap(f -> Stream.of(f.receiverId(), f.giverId()))
            .filter(id -> !id.equals(person.id()))
            .distinct()
            .toList();
    return ids.isEmpty()
        ? Map.of()
        : people.findByIds(person.orgId(), ids).stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
  }

  private static String name(Map<PersonId, Person> names, PersonId id) {
    return Optional.ofNullable(names.get(id)).map(Person::name).orElse("someone who left");
  }
}
