package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.ExportedPeople;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's career-buddy data in their export: their state in each cohort, and each round they
 * were grouped in with the other members' names, the meetup's times and marks, and their own note.
 * A buddy's note is the buddy's: never in it.
 */
public final class BuddyExport implements PersonalExport {

  private final Cohorts cohorts;
  private final BuddyRounds rounds;
  private final Meetups meetups;
  private final People people;

  public BuddyExport(Cohorts cohorts, BuddyRounds rounds, Meetups meetups, People people) {
    this.cohorts = cohorts;
    this.rounds = rounds;
    this.meetups = meetups;
    this.people = people;
  }

  @Override
  public String section() {
    return "buddies";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    List<Object> memberships = new ArrayList<>();
    List<Object> grouped = new ArrayList<>();
    for (Cohort cohort : cohorts.list(orgId)) {
      cohorts
          .member(orgId, cohort.id(), personId)
          .ifPresent(
              m ->
                  memberships.add(
                      ExportObject.of()
                          .put("cohort", cohort.name())
                          .put("state", m.state())
                          .put("pausedUntil", m.pausedUntil())
                          .toMap()));
      for (BuddyRound round : rounds.list(orgId, cohort.id())) {
        for (int g = 0; g < round.groups().size(); g++) {
          if (round.groups().get(g).members().contains(personId)) {
            MeetupId id = new MeetupId(orgId, cohort.id(), round.number(), g);
            grouped.add(roundOf(cohort, round, meetups.find(id), personId, orgId));
          }
        }
      }
    }
    return ExportObject.of().put("cohorts", memberships).put("rounds", grouped).toMap();
  }

  private Object roundOf(
      Cohort cohort, BuddyRound round, Optional<Meetup> meetup, PersonId personId, OrgId orgId) {
    List<PersonId> members =
        meetup.map(Meetup::members).orElseGet(List::of).stream()
            .filter(m -> !m.equals(personId))
            .toList();
    ExportedPeople named = ExportedPeople.of(people, orgId, members);
    ExportObject object =
        ExportObject.of()
            .put("cohort", cohort.name())
            .put("round", round.number())
            .put("startedAt", round.startedAt())
            .put("buddies", members.stream().map(named::named).toList());
    meetup.ifPresent(m -> object.put("meetup", meetupOf(m, personId)));
    return object.toMap();
  }

  private Object meetupOf(Meetup m, PersonId personId) {
    Meetup.MemberState mine = m.stateOf(personId);
    return ExportObject.of()
        .put(
            "proposals",
            m.proposals().stream()
                .map(
                    p ->
                        ExportObject.of()
                            .put("at", p.at())
                            .put("byYou", p.by().equals(personId))
                            .put("acceptedByYou", p.acceptedBy().contains(personId)))
                .toList())
        .put("agreedAt", m.agreed().map(Proposal::at))
        .put("met", m.met())
        .put("youMarkedDoneAt", mine.doneAt())
        .put("youSkipped", mine.skipped())
        .put("youAnsweredItHappened", mine.happened())
        .put("yourNote", mine.hasNote() ? meetups.note(m, personId) : Optional.empty())
        .toMap();
  }
}
