package dev.trellis.core.goal;

import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's career map, for them alone: their open goals grouped by direction on the lattice, each
 * with its number, next step, how long since it moved and whom it is shared with; done and dropped
 * goals after them, by number. Shown by {@code goal list} and on the home view.
 */
final class CareerMap {

  static final String EMPTY =
      "No goals yet. Add one with /trellis goal add Learn Kubernetes --direction learning"
          + " (directions: grow, lateral, stretch, mentoring, learning).";

  /** Enough to read a goal on the map; the whole text is the owner's to see in the export. */
  private static final int EXCERPT = 200;

  private final Goals goals;
  private final People people;

  CareerMap(Goals goals, People people) {
    this.goals = goals;
    this.people = people;
  }

  OutboundMessage of(Person person, Instant now) {
    List<Goal> all = goals.ofPerson(person.orgId(), person.id());
    OutboundMessage.Builder map =
        OutboundMessage.builder(all.isEmpty() ? EMPTY : summary(all))
            .header("Your career map")
            .context(
                "Only you can see your goals, unless you share one with your manager:"
                    + " /trellis goal share <n>.");
    fields(person, all, now).forEach(f -> map.field(f.label(), f.value()));
    return map.build();
  }

  /** The map as fields of the home view. */
  List<Field> homeFields(Person person, Instant now) {
    List<Goal> all = goals.ofPerson(person.orgId(), person.id());
    if (all.isEmpty()) {
      return List.of(new Field("Your career map", EMPTY));
    }
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Your career map", summary(all) + " Change it with /trellis goal."));
    fields.addAll(fields(person, all, now));
    return fields;
  }

  private List<Field> fields(Person person, List<Goal> all, Instant now) {
    Map<PersonId, String> names = namesSharedWith(person, all);
    List<Field> fields = new ArrayList<>();
    for (GoalDirection direction : GoalDirection.values()) {
      List<Goal> open = all.stream().filter(g -> g.isOpen() && g.direction() == direction).toList();
      if (!open.isEmpty()) {
        fields.add(
            new Field(
                GoalWords.direction(direction),
                open.stream().map(g -> openLine(g, names, now)).collect(Collectors.joining("\n"))));
      }
    }
    List<Goal> closed = all.stream().filter(g -> !g.isOpen()).toList();
    if (!closed.isEmpty()) {
      fields.add(
          new Field(
              "Done and dropped",
              closed.stream().map(CareerMap::closedLine).collect(Collectors.joining("\n"))));
    }
    return fields;
  }

  private static String summary(List<Goal> all) {
    long open = all.stream().filter(Goal::isOpen).count();
    long directions = all.stream().filter(Goal::isOpen).map(Goal::direction).distinct().count();
    return open == 0
        ? "No open goals: every goal is done or dropped."
        : open
            + (open == 1 ? " open goal" : " open goals")
            + " in "
            + directions
            + (directions == 1 ? " direction." : " directions.");
  }

  private static String openLine(Goal goal, Map<PersonId, String> names, Instant now) {
    StringBuilder line =
        new StringBuilder()
            .append(goal.number())
            .append(". ")
            .append(GoalWords.excerpt(goal.text(), EXCERPT))
            .append("\n    Next step: ")
            .append(goal.nextStep().map(s -> GoalWords.excerpt(s, EXCERPT)).orElse("none yet"))
            .append(" · ")
            .append(GoalWords.sinceMoved(goal.movedAt(), now));
    if (goal.isShared()) {
      line.append(" · shared with ")
          .append(
              goal.shares().stream()
                  .map(s -> names.getOrDefault(s.with(), "someone no longer in Trellis"))
                  .collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String closedLine(Goal goal) {
    return goal.number()
        + ". "
        + GoalWords.excerpt(goal.text(), EXCERPT)
        + (goal.status() == Goal.Status.DONE ? " (done)" : " (dropped)");
  }

  private Map<PersonId, String> namesSharedWith(Person person, List<Goal> all) {
    List<PersonId> ids =
        all.stream().flatMap(g -> g.shares().stream()).map(GoalShare::with).distinct().toList();
    Map<PersonId, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      people.findByIds(person.orgId(), ids).forEach(p -> names.put(p.id(), p.name()));
    }
    return names;
  }
}
