package dev.trellis.core.reflection;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code history [n]}: the person's last answers, and whom they shared each with. */
final class ShowingHistory {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final int EXCERPT = 300;

  private final Reflections reflections;
  private final People people;

  ShowingHistory(Reflections reflections, People people) {
    this.reflections = reflections;
    this.people = people;
  }

  Response show(Person person, int count) {
    List<Reflection> answers = reflections.history(person.orgId(), person.id(), count);
    if (answers.isEmpty()) {
      return Response.say("You have no answers yet. Your next question comes on your usual day.");
    }
    Map<PersonId, String> names = namesSharedWith(person, answers);
    StringBuilder text = new StringBuilder();
    for (Reflection r : answers) {
      text.append(DAY.format(r.answeredAt().atZone(person.timeZone())))
          .append(" · ")
          .append(r.question())
          .append('\n')
          .append(excerpt(r.answer()));
      r.nextStep().ifPresent(s -> text.append("\nNext step: ").append(excerpt(s)));
      if (r.isShared()) {
        text.append("\n(shared with ")
            .append(
                r.shares().stream()
                    .map(share -> names.getOrDefault(share.with(), "someone no longer in Trellis"))
                    .collect(Collectors.joining(", ")))
            .append(')');
      }
      text.append("\n\n");
    }
    return new Response.Reply(
        OutboundMessage.builder(text.toString().strip())
            .header("Your last " + answers.size() + (answers.size() == 1 ? " answer" : " answers"))
            .context("Only you can see these, unless you shared them.")
            .build(),
        false);
  }

  /** The names of the people the person shared any of these answers with. */
  private Map<PersonId, String> namesSharedWith(Person person, List<Reflection> answers) {
    List<PersonId> ids =
        answers.stream().flatMap(r -> r.shares().stream()).map(Share::with).distinct().toList();
    Map<PersonId, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      people.findByIds(person.orgId(), ids).forEach(p -> names.put(p.id(), p.name()));
    }
    return names;
  }

  private static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
  }
}
