package dev.trellis.core.buddy;

import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out {@code /buddy} for the person who typed it: joining, leaving and pausing cohorts, and
 * acting on their current meetup (the one of the newest round they are grouped in).
 */
public final class RunningBuddyCommands {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final int HISTORY_SHOWN = 6;
  private static final int NOTE_EXCERPT = 200;

  private final Cohorts cohorts;
  private final Meetups meetups;
  private final BuddyAssignments assignments;
  private final People people;
  private final CoordinatingMeetups coordinating;

  public RunningBuddyCommands(
      Cohorts cohorts,
      Meetups meetups,
      BuddyAssignments assignments,
      People people,
      CoordinatingMeetups coordinating) {
    this.cohorts = cohorts;
    this.meetups = meetups;
    this.assignments = assignments;
    this.people = people;
    this.coordinating = coordinating;
  }

  public Response run(Person person, BuddyCommand command, Instant now) {
    if (command instanceof BuddyCommand.Join join) {
      return join(person, join.cohort());
    }
    if (command instanceof BuddyCommand.Leave leave) {
      return leave(person, leave.cohort());
    }
    if (command instanceof BuddyCommand.Pause pause) {
      return pause(person, now.atZone(person.timeZone()).toLocalDate().plus(pause.period()));
    }
    if (command instanceof BuddyCommand.Status) {
      return status(person, now);
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
    List<Cohort> mine = memberOf(person);
    if (mine.isEmpty()) {
      return "You are not in a buddy cohort. " + joinHint(person);
    }
    return "You have no buddy this round. You are in the draw for the next round of "
        + names(mine)
        + ".";
  }

  private Response join(Person person, Optional<String> name) {
    List<Cohort> all = cohorts.list(person.orgId());
    if (all.isEmpty()) {
      return Response.say("There are no buddy cohorts yet: ask your Trellis admin to start one.");
    }
    Optional<Cohort> chosen;
    if (name.isPresent()) {
      chosen = byName(all, name.get());
      if (chosen.isEmpty()) {
        return Response.say(
            "There is no cohort called " + name.get() + ". The cohorts are " + names(all) + ".");
      }
    } else if (all.size() == 1) {
      chosen = Optional.of(all.get(0));
    } else {
      return Response.say(
          "Which cohort? Type /buddy join <cohort>, with one of " + names(all) + ".");
    }
    Cohort cohort = chosen.get();
    CohortMember member =
        cohorts
            .member(person.orgId(), cohort.id(), person.id())
            .orElseGet(() -> CohortMember.joined(person.id()))
            .join();
    cohorts.saveMember(person.orgId(), cohort.id(), member);
    return Response.say(
        "You are in "
            + cohort.name()
            + ": you will be paired from its next round, every "
            + weeks(cohort.cadenceWeeks())
            + ". Leave any time with /buddy leave.");
  }

  private Response leave(Person person, Optional<String> name) {
    List<Cohort> leaving = memberOf(person);
    if (name.isPresent()) {
      Optional<Cohort> named = byName(leaving, name.get());
      if (named.isEmpty()) {
        return Response.say(
            leaving.isEmpty()
                ? "You are not in a buddy cohort."
                : "You are not in a cohort called "
                    + name.get()
                    + ". You are in "
                    + names(leaving)
                    + ".");
      }
      leaving = List.of(named.get());
    }
    if (leaving.isEmpty()) {
      return Response.say("You are not in a buddy cohort.");
    }
    for (Cohort cohort : leaving) {
      cohorts.saveMember(person.orgId(), cohort.id(), stored(person, cohort).leave());
    }
    return Response.say(
        "You left "
            + names(leaving)
            + ". You will not be paired again; a meetup already arranged stays yours. Come back"
            + " with /buddy join.");
  }

  private Response pause(Person person, LocalDate until) {
    List<Cohort> mine = memberOf(person);
    if (mine.isEmpty()) {
      return Response.say("You are not in a buddy cohort, so there is nothing to pause.");
    }
    for (Cohort cohort : mine) {
      cohorts.saveMember(person.orgId(), cohort.id(), stored(person, cohort).pausedUntil(until));
    }
    return Response.say(
        "Paused buddy rounds until "
            + DAY.format(until)
            + ": you will not be paired in a round that starts before then. Type /buddy join to"
            + " come back sooner.");
  }

  private Response status(Person person, Instant now) {
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
          cohort.name() + " · round " + m.id().round() + " (until " + DAY.format(ends) + ")";
      String value = describe(person, m, names, now);
      message.field(label, value);
      fallback.append("\n").append(label).append(": ").append(value);
    }
    LocalDate today = now.atZone(person.timeZone()).toLocalDate();
    List<Cohort> mine = memberOf(person);
    for (Cohort cohort : mine) {
      if (shown.contains(cohort.id())) {
        continue;
      }
      Optional<LocalDate> paused =
          stored(person, cohort).pausedUntil().filter(d -> d.isAfter(today));
      String value =
          paused
              .map(d -> "Paused until " + DAY.format(d) + ".")
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
      return Response.say("You are not in a buddy cohort. " + joinHint(person));
    }
    message.context("Notes are private: only you see yours.");
    return new Response.Reply(message.fallback(fallback.toString()).build(), false);
  }

  /**
   * One line for a person's home view: their current buddy and where the meetup stands, or how to
   * take part.
   */
  public String glance(Person person, Instant now) {
    List<Meetup> current = currentMeetups(person);
    if (!current.isEmpty()) {
      Meetup m = current.get(0);
      return String.join(" ", describe(person, m, MeetupPeople.of(people, m), now, false));
    }
    return noBuddy(person);
  }

  private String describe(Person person, Meetup m, MeetupPeople names, Instant now) {
    return String.join("\n", describe(person, m, names, now, true));
  }

  private List<String> describe(
      Person person, Meetup m, MeetupPeople names, Instant now, boolean withNote) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "With "
            + String.join(
                ", ",
                names.othersThan(m, person.id()).stream()
                    .map(p -> p.name() + p.department().map(d -> " (" + d + ")").orElse(""))
                    .toList())
            + ".");
    Meetup.MemberState mine = m.stateOf(person.id());
    if (mine.skipped()) {
      lines.add("You skip this round.");
    } else if (m.skipped()) {
      lines.add("Your buddy skips this round.");
    } else if (m.met()) {
      lines.add(
          mine.doneAt()
              .map(
                  d ->
                      "Met: you marked it done on " + DAY.format(d.atZone(person.timeZone())) + ".")
              .orElse("Met."));
    } else if (m.agreed().isPresent()) {
      lines.add(
          "Meeting "
              + MeetupMessages.when(m.agreed().get().at(), person, now)
              + ". Afterwards, type /buddy done.");
    } else if (m.latestProposal().isPresent()) {
      Proposal p = m.latestProposal().get();
      String when = MeetupMessages.when(p.at(), person, now);
      if (p.by().equals(person.id())) {
        List<Person> waiting =
            names.all(
                m.othersThan(person.id()).stream()
                    .filter(o -> !p.acceptedBy().contains(o))
                    .toList());
        lines.add("You proposed " + when + "; waiting for " + MeetupMessages.names(waiting) + ".");
      } else if (p.acceptedBy().contains(person.id())) {
        lines.add("You accepted " + when + "; waiting for the others.");
      } else {
        String by = Optional.ofNullable(names.get(p.by())).map(Person::name).orElse("Your buddy");
        lines.add(by + " proposed " + when + ": type /buddy accept, or propose another time.");
      }
    } else {
      lines.add("No time yet: propose one with /buddy propose fri 10:30.");
    }
    if (withNote && mine.hasNote()) {
      meetups.note(m, person.id()).ifPresent(n -> lines.add("Your note: " + excerpt(n)));
    }
    return lines;
  }

  /** The cohorts the person takes part in: joined, or in an opt-out cohort and never left. */
  private List<Cohort> memberOf(Person person) {
    List<Cohort> mine = new ArrayList<>();
    for (Cohort cohort : cohorts.list(person.orgId())) {
      Optional<CohortMember> member = cohorts.member(person.orgId(), cohort.id(), person.id());
      boolean in =
          member.isPresent()
              ? member.get().state() == CohortMember.State.JOINED
              : cohort.policy() == Cohort.Policy.OPT_OUT;
      if (in) {
        mine.add(cohort);
      }
    }
    return mine;
  }

  private CohortMember stored(Person person, Cohort cohort) {
    return cohorts
        .member(person.orgId(), cohort.id(), person.id())
        .orElseGet(() -> CohortMember.implicit(person.id()));
  }

  private String joinHint(Person person) {
    List<Cohort> all = cohorts.list(person.orgId());
    if (all.isEmpty()) {
      return "Your organisation has no buddy cohort yet.";
    }
    return all.size() == 1
        ? "Join with /buddy join."
        : "Join one with /buddy join <cohort>: " + names(all) + ".";
  }

  private static Optional<Cohort> byName(List<Cohort> all, String name) {
    String wanted = name.strip();
    return all.stream()
        .filter(c -> c.name().equalsIgnoreCase(wanted) || c.id().value().equalsIgnoreCase(wanted))
        .findFirst();
  }

  private static String names(List<Cohort> list) {
    return MeetupMessages.listed(list.stream().map(Cohort::name).toList());
  }

  private static String weeks(int n) {
    return n == 1 ? "week" : n + " weeks";
  }

  private static String excerpt(String text) {
    return text.length() <= NOTE_EXCERPT ? text : text.substring(0, NOTE_EXCERPT - 1) + "…";
  }
}
