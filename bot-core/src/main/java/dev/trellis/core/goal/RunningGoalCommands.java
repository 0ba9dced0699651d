package dev.trellis.core.goal;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code goal} commands of one person on their own goals, which they name by their own number
 * for each, and the buttons that share a goal from the answer to {@code goal add}. A goal number
 * the person does not have, or a button of someone else's goal, changes nothing and says why.
 */
final class RunningGoalCommands {

  static final String SHARE = "goal.share";
  static final String UNSHARE = "goal.unshare";

  private final Goals goals;
  private final People people;
  private final CareerMap map;

  RunningGoalCommands(Goals goals, People people) {
    this.goals = goals;
    this.people = people;
    this.map = new CareerMap(goals, people);
  }

  CareerMap map() {
    return map;
  }

  Response add(TrellisCommand.AddGoal command, Asked asked) {
    Person person = asked.person();
    Goal goal =
        goals.add(person.orgId(), person.id(), command.text(), command.direction(), asked.at());
    int number = goal.number();
    OutboundMessage.Builder answer =
        OutboundMessage.builder(
                "Added goal "
                    + number
                    + ": "
                    + GoalWords.excerpt(goal.text(), 200)
                    + " ("
                    + GoalWords.direction(goal.direction()).toLowerCase(java.util.Locale.ROOT)
                    + "). Only you can see it.\nGive it a next step: /trellis goal next "
                    + number
                    + " <next step>")
            .context("/trellis goal list shows your career map.");
    currentManager(person)
        .ifPresent(
            manager ->
                answer.button(Button.of(SHARE, "Share with " + manager.name(), goal.id().value())));
    return new Response.Reply(answer.build(), false);
  }

  Response list(Asked asked) {
    return new Response.Reply(map.of(asked.person(), asked.at()), false);
  }

  Response next(TrellisCommand.SetGoalNextStep command, Asked asked) {
    return withOpenGoal(
        asked.person(),
        command.number(),
        goal -> {
          Goal moved = goal.withNextStep(command.nextStep(), asked.at());
          goals.save(moved);
          return Response.say(
              "Next step of goal "
                  + goal.number()
                  + " ("
                  + GoalWords.excerpt(goal.text(), 80)
                  + "): "
                  + command.nextStep()
                  + seenBy(asked.person(), moved));
        });
  }

  Response finish(TrellisCommand.FinishGoal command, Asked asked) {
    return close(asked, command.number(), Goal.Status.DONE);
  }

  Response drop(TrellisCommand.DropGoal command, Asked asked) {
    return close(asked, command.number(), Goal.Status.DROPPED);
  }

  Response share(TrellisCommand.ShareGoal command, Asked asked) {
    return own(asked.person(), command.number())
        .map(goal -> share(asked.person(), goal, asked.at()))
        .orElseGet(() -> unknown(asked.person(), command.number()));
  }

  Response unshare(TrellisCommand.UnshareGoal command, Asked asked) {
    return own(asked.person(), command.number())
        .map(this::unshare)
        .orElseGet(() -> unknown(asked.person(), command.number()));
  }

  /** {@code goal.share} / {@code goal.unshare}, whose value is the goal's id. */
  Response press(Person person, ButtonPress press) {
    Optional<Goal> goal =
        press.value().isBlank()
            ? Optional.empty()
            : goals.findById(person.orgId(), new GoalId(press.value()));
    if (goal.isEmpty()) {
      return Response.say("That goal is no longer there: /trellis goal list shows your goals.");
    }
    if (!goal.get().personId().equals(person.id())) {
      return Response.say(
          "That goal is someone else's: you can change only your own goals."
              + " For example: /trellis goal share 1");
    }
    String action = press.action().value();
    if (action.equals(SHARE)) {
      return share(person, goal.get(), press.receivedAt());
    }
    if (action.equals(UNSHARE)) {
      return unshare(goal.get());
    }
    return Response.say("That button is not one Trellis knows. Try /trellis goal list.");
  }

  private Response close(Asked asked, int number, Goal.Status status) {
    return withOpenGoal(
        asked.person(),
        number,
        goal -> {
          goals.save(goal.withStatus(status, asked.at()));
          return Response.say(
              status == Goal.Status.DONE
                  ? "Goal "
                      + number
                      + " is done: "
                      + GoalWords.excerpt(goal.text(), 80)
                      + ". Well done! It keeps its number on your map."
                  : "Dropped goal "
                      + number
                      + ": "
                      + GoalWords.excerpt(goal.text(), 80)
                      + ". It keeps its number; your map lists it under Done and dropped.");
        });
  }

  private Response share(Person person, Goal goal, Instant at) {
    Optional<Person> manager = currentManager(person);
    if (manager.isEmpty()) {
      return Response.say(
          "You have no manager in Trellis to share goal "
              + goal.number()
              + " with; it stays private. Your admin sets managers in the directory.");
    }
    if (!goal.isOpen()) {
      return Response.say(
          "Goal " + goal.number() + " is " + closed(goal) + ": only open goals are shared.");
    }
    if (goal.isSharedWith(manager.get().id())) {
      return Response.say(
          "Goal "
              + goal.number()
              + " is already shared with "
              + manager.get().name()
              + ": nothing changed.");
    }
    goals.save(goal.sharedWith(manager.get().id(), at));
    return Response.say(
        "Shared goal "
            + goal.number()
            + " with "
            + manager.get().name()
            + ": they see it and its next step in the agenda of your 1:1s."
            + " /trellis goal unshare "
            + goal.number()
            + " makes it private again.");
  }

  private Response unshare(Goal goal) {
    if (!goal.isShared()) {
      return Response.say("Goal " + goal.number() + " is not shared with anyone: nothing changed.");
    }
    goals.save(goal.unshared());
    return Response.say("Goal " + goal.number() + " is private again: only you can see it.");
  }

  private Response withOpenGoal(
      Person person, int number, java.util.function.Function<Goal, Response> action) {
    Optional<Goal> goal = own(person, number);
    if (goal.isEmpty()) {
      return unknown(person, number);
    }
    if (!goal.get().isOpen()) {
      return Response.say(
          "Goal "
              + number
              + " is "
              + closed(goal.get())
              + ": nothing changed. Add a new one with /trellis goal add <text>.");
    }
    return action.apply(goal.get());
  }

  private Optional<Goal> own(Person person, int number) {
    return goals.findByNumber(person.orgId(), person.id(), number);
  }

  private Response unknown(Person person, int number) {
    List<Goal> all = goals.ofPerson(person.orgId(), person.id());
    String yours =
        all.isEmpty()
            ? "You have no goals yet. For example: /trellis goal add Learn Kubernetes"
            : "Your goals are numbered 1 to "
                + all.get(all.size() - 1).number()
                + ": /trellis goal list shows them. For example: /trellis goal done 1";
    return Response.say("You have no goal " + number + ". " + yours);
  }

  private static String closed(Goal goal) {
    return goal.status() == Goal.Status.DONE ? "done" : "dropped";
  }

  /** Who sees the goal besides its owner: its owner's current manager, when shared with them. */
  private String seenBy(Person person, Goal goal) {
    return currentManager(person)
        .filter(m -> goal.isSharedWith(m.id()))
        .map(m -> "\n" + m.name() + " sees it in the agenda of your 1:1s.")
        .orElse("\nOnly you can see it.");
  }

  private Optional<Person> currentManager(Person person) {
    return person.managerId().flatMap(id -> people.findById(person.orgId(), id));
  }
}
