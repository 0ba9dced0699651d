package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /buddy join|leave|pause}: which cohorts a person takes part in, and changing that. */
final class CohortMembership {

  private final Cohorts cohorts;

  CohortMembership(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  Response join(Person person, Optional<String> name) {
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

  Response leave(Person person, Optional<String> name) {
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

  Response pause(Person person, LocalDate until) {
    List<Cohort> mine = memberOf(person);
    if (mine.isEmpty()) {
      return Response.say("You are not in a buddy cohort, so there is nothing to pause.");
    }
    for (Cohort cohort : mine) {
      cohorts.saveMember(person.orgId(), cohort.id(), stored(person, cohort).pausedUntil(until));
    }
    return Response.say(
        "Paused buddy rounds until "
            + RunningBuddyCommands.DAY.format(until)
            + ": you will not be paired in a round that starts before then. Type /buddy join to"
            + " come back sooner.");
  }

  /** The cohorts the person takes part in: joined, or in an opt-out cohort and never left. */
  List<Cohort> memberOf(Person person) {
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

  CohortMember stored(Person person, Cohort cohort) {
    return cohorts
        .member(person.orgId(), cohort.id(), person.id())
        .orElseGet(() -> CohortMember.implicit(person.id()));
  }

  String joinHint(Person person) {
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

  static String names(List<Cohort> list) {
    return MeetupMessages.listed(list.stream().map(Cohort::name).toList());
  }

  private static String weeks(int n) {
    return n == 1 ? "week" : n + " weeks";
  }
}
