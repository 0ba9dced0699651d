package dev.trellis.core.feedback;

import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.Meetup;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a person could ask for feedback, in this order: their buddy of the current round, someone
 * they have 1:1s with, or a colleague of another team they were paired with before.
 */
final class FeedbackCandidates {

  static final int RECENT_MEETUPS = 10;

  /** Someone to suggest, and why them, as the suggestion says it. */
  record Candidate(Person person, String why) {
    Candidate {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(why, "why");
    }
  }

  private final People people;
  private final OneOnOnes oneOnOnes;
  private final BuddyAssignments assignments;
  private final Meetups meetups;

  FeedbackCandidates(
      People people, OneOnOnes oneOnOnes, BuddyAssignments assignments, Meetups meetups) {
    this.people = people;
    this.oneOnOnes = oneOnOnes;
    this.assignments = assignments;
    this.meetups = meetups;
  }

  Optional<Candidate> forPerson(Person person) {
    return currentBuddy(person)
        .or(() -> oneOnOnePartner(person))
        .or(() -> pairedColleagueOfAnotherTeam(person));
  }

  private Optional<Candidate> currentBuddy(Person person) {
    return assignments.current(person.orgId(), person.id()).stream()
        .findFirst()
        .flatMap(current -> meetups.find(current.meetup()))
        .flatMap(meetup -> others(person, List.of(meetup)).stream().findFirst())
        .map(buddy -> new Candidate(buddy, "your career buddy this round"));
  }

  private Optional<Candidate> oneOnOnePartner(Person person) {
    List<PersonId> partners = new ArrayList<>();
    for (OneOnOne o : oneOnOnes.findAll(person.orgId())) {
      if (o.managerId().equals(person.id())) {
        partners.add(o.reportId());
      } else if (o.reportId().equals(person.id())) {
        partners.add(o.managerId());
      }
    }
    return people.findByIds(person.orgId(), partners).stream()
        .findFirst()
        .map(partner -> new Candidate(partner, "who you have 1:1s with"));
  }

  private Optional<Candidate> pairedColleagueOfAnotherTeam(Person person) {
    List<MeetupId> recent = assignments.recent(person.orgId(), person.id(), RECENT_MEETUPS);
    if (recent.isEmpty() || person.department().isEmpty()) {
      return Optional.empty();
    }
    return others(person, meetups.findAll(person.orgId(), recent)).stream()
        .filter(p -> p.department().isPresent() && !p.department().equals(person.department()))
        .findFirst()
        .map(
            p ->
                new Candidate(
                    p, "of " + p.department().orElseThrow() + ", who you met as career buddies"));
  }

  /** The other members of the meetups who are still in the directory. */
  private List<Person> others(Person person, List<Meetup> of) {
    List<PersonId> ids =
        of.stream()
            .flatMap(m -> m.members().stream())
            .filter(id -> !id.equals(person.id()))
            .distinct()
            .toList();
    return ids.isEmpty() ? List.of() : people.findByIds(person.orgId(), ids);
  }
}
