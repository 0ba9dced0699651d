package dev.trellis.core.buddy;

import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Carries out {@code /buddy} for the person who typed it: joining, leaving and pausing cohorts, and
 * acting on their current meetup (the one of the newest round they are grouped in).
 */
public final class RunningBuddyCommands {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final Meetups meetups;
  private final BuddyAssignments assignments;
  private final People people;
  private final CoordinatingMeetups coordinating;
  private final CohortMembership membership;
  private final DescribingMeetups describing;
  private final ShowingBuddyStatus status;

  BuddyAssignments assignments() {
    return assignments;
  }

  public RunningBuddyCommands(
      Cohorts cohorts,
      Meetups meetups,
      BuddyAssignments assignments,
      People people,
      CoordinatingMeetups coordinating) {
    this.membership = new CohortMembership(cohorts);
    this.describing = new DescribingMeetups(meetups);
    this.status =
        new ShowingBuddyStatus(cohorts, meetups, assignments, people, membership, describing);
    this.meetups = meetups;
    this.assignments = assignments;
    this.people = people;
    this.coordinating = coordinating;
  }

  public Response run(Person person, BuddyCommand command, Instant now) {
    if (command instanceof BuddyCommand.Join join) {
      return membership.join(person, join.cohort());
    }
    if (command instanceof BuddyCommand.Leave leave) {
      return membership.leave(person, leave.cohort());
    }
    if (command instanceof BuddyCommand.Pause pause) {
      return membership.pause(
          person, now.atZone(person.timeZone()).toLocalDate().plus(pause.period()));
    }
    if (command instanceof BuddyCommand.Status) {
      return status.status(person, now);
    }
    Optional<Meetup> current = currentMeetup(person, command);
    if (current.isEmpty()) {
      return Response.say(noBuddy(person));
    }
    if (command instanceof BuddyCommand.Propose propose) {
      return coordinating.propose(person, current.get(), propose.when(), now);
    }
    if (command instanceof BuddyCommand.Accept) {
      return coordinating.acceptWaiting(person, current.get(), now);
    }
    if (command instanceof BuddyCommand.Done done) {
      return coordinating.done(person, current.get(), done.note(), now);
    }
    if (command instanceof BuddyCommand.Skip) {
      return coordinating.skip(person, current.get(), now);
    }
    throw new IllegalArgumentException("Not a meetup command: " + command);
  }

  /**
   * The meetup a command is about: for accept, the newest one with a time waiting for the person;
   * otherwise the newest round's.
   */
  private Optional<Meetup> currentMeetup(Person person, BuddyCommand command) {
    List<Meetup> current = currentMeetups(person);
    if (command instanceof BuddyCommand.Accept) {
      Optional<Meetup> waiting =
          current.stream().filter(m -> m.waitingFor(person.id()).isPresent()).findFirst();
      if (waiting.isPresent()) {
        return waiting;
      }
    }
    return current.stream().findFirst();
  }

  /** Newest round first. */
  private List<Meetup> currentMeetups(Person person) {
    List<BuddyAssignments.Current> current = assignments.current(person.orgId(), person.id());
    Map<MeetupId, Meetup> found = new HashMap<>();
    meetups
        .findAll(person.orgId(), current.stream().map(BuddyAssignments.Current::meetup).toList())
        .forEach(m -> found.put(m.id(), m));
    List<Meetup> ordered = new ArrayList<>();
    for (BuddyAssignments.Current c : current) {
      Optional.ofNullable(found.get(c.meetup()))
          .filter(m -> m.includes(person.id()))
          .ifPresent(ordered::add);
    }
    return ordered;
  }

  private String noBuddy(Person person) {
    List<Cohort> mine = membership.memberOf(person);
    if (mine.isEmpty()) {
      return "You are not in a buddy cohort. " + membership.joinHint(person);
    }
    return "You have no buddy this round. You are in the draw for the next round of "
        + CohortMembership.names(mine)
        + ".";
  }

  /**
   * One line for a person's home view: their current buddy and where the meetup stands, or how to
   * take part.
   */
  public String glance(Person person, Instant now) {
    List<Meetup> current = currentMeetups(person);
    if (!current.isEmpty()) {
      Meetup m = current.get(0);
      return String.join(
          " ", describing.describe(person, m, MeetupPeople.of(people, m), now, false));
    }
    return noBuddy(person);
  }
}
