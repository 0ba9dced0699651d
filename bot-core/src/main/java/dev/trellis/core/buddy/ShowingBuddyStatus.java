package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /buddy status}: the person's current meetups, cohorts they wait in, earlier rounds. */
final class ShowingBuddyStatus {

  private static final int HISTORY_SHOWN = 6;

  private final Cohorts cohorts;
  private final Meetups meetups;
  private final BuddyAssignments assignments;
  private final People people;
  private final CohortMembership membership;
  private final DescribingMeetups describing;

  ShowingBuddyStatus(
      Cohorts cohorts,
      Meetups meetups,
      BuddyAssignments assignments,
      People people,
      CohortMembership membership,
      DescribingMeetups describing) {
    this.cohorts = cohorts;
    this.meetups = meetups;
    this.assignments = assignments;
    this.people = people;
    this.membership = membership;
    this.describing = describing;
  }

  Response status(Person person, Instant now) {
    OutboundMessage.Builder message =
        OutboundMessage.builder("Where your career buddies stand.").header("Your career buddies");
    StringBuilder fallback = new StringBuilder("Your career buddies");
    Map<String, Cohort> cohortsById = new HashMap<>();
    cohorts.list(person.orgId()).forEach(c -> cohortsById.put(c.id().value(), c));
    List<BuddyAssignments.Current> current = assignments.current(person.orgId(), person.id());
    List<MeetupId> recent = assignments.recent(person.orgId(), person.id(), HISTORY_SHOWN + 8);
    Set<MeetupId> wanted = new HashSet<>(recent);
    current.forEach(c -> wanted.add(c.meetup()));
    Map<MeetupId, Meetup> found = new HashMap<>();
    meetups.findAll(person.orgId(), List.copyOf(wanted)).forEach(m -> found.put(m.id(), m));
    MeetupPeople names = MeetupPeople.of(people, person.orgId(), found.values());

    Set<CohortId> shown = new HashSet<>();
    Set<MeetupId> currentIds = new HashSet<>();
    for (BuddyAssignments.Current c : current) {
      Meetup m = found.get(c.meetup());
      Cohort cohort = cohortsById.get(c.meetup().cohortId().value());
      if (m == null || !m.includes(person.id()) || cohort == null) {
        continue;
      }
      shown.add(cohort.id());
      currentIds.add(m.id());
      LocalDate ends =
          c.roundStartedAt()
              .atZone(person.timeZone())
              .toLocalDate()
              .plusWeeks(cohort.cadenceWeeks());
      String label =
          cohort.name()
              + " · round "
              + m.id().round()
              + " (until "
              + RunningBuddyCommands.DAY.format(ends)
              + ")";
      String value = describing.describe(person, m, names, now);
      message.field(label, value);
      fallback.append("\n").append(label).append(": ").append(value);
    }
    LocalDate today = now.atZone(person.timeZone()).toLocalDate();
    List<Cohort> mine = membership.memberOf(person);
    for (Cohort cohort : mine) {
      if (shown.contains(cohort.id())) {
        continue;
      }
      Optional<LocalDate> paused =
          membership.stored(person, cohort).pausedUntil().filter(d -> d.isAfter(today));
      String value =
          paused
              .map(d -> "Paused until " + RunningBuddyCommands.DAY.format(d) + ".")
              .orElse("No buddy this round; you are in the draw for the next one.");
      message.field(cohort.name(), value);
      fallback.append("\n").append(cohort.name()).append(": ").append(value);
    }
    List<String> history = new ArrayList<>();
    for (MeetupId id : recent) {
      Meetup m = found.get(id);
      Cohort cohort = cohortsById.get(id.cohortId().value());
      if (m == null || currentIds.contains(id) || history.size() == HISTORY_SHOWN) {
        continue;
      }
      history.add(
          "Round "
              + id.round()
              + (cohort == null ? "" : " of " + cohort.name())
              + " with "
              + MeetupMessages.names(names.othersThan(m, person.id()))
              + ": "
              + (m.met() ? "met" : m.skipped() ? "skipped" : "not met"));
    }
    if (!history.isEmpty()) {
      message.field("Earlier rounds", String.join("\n", history));
      fallback.append("\nEarlier rounds:\n").append(String.join("\n", history));
    }
    if (shown.isEmpty() && history.isEmpty() && mine.isEmpty()) {
      return Response.say("You are not in a buddy cohort. " + membership.joinHint(person));
    }
    message.context("Notes are private: only you see yours.");
    return new Response.Reply(message.fallback(fallback.toString()).build(), false);
  }
}
