package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.step.Holidays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What members do with their meetup, by command or button: propose a time (read in the proposer's
 * zone, shown to each buddy in theirs), accept one, mark the meetup done with a private note, skip
 * the round, and answer at the end whether it happened. Buddies hear of each step at their next
 * sendable moment.
 */
public final class CoordinatingMeetups {

  /** A delivery later than this is worth telling the sender about. */
  private static final Duration NOTICEABLE_DELAY = Duration.ofMinutes(5);

  private final Meetups meetups;
  private final People people;
  private final Cohorts cohorts;
  private final BuddyDelivery delivery;
  private final AnsweringMeetupButtons buttons;

  /** {@code rounds}: whether a round has ended, so "did you meet?" may be answered. */
  public CoordinatingMeetups(
      Meetups meetups,
      People people,
      Cohorts cohorts,
      BuddyRounds rounds,
      Outbox outbox,
      Holidays holidays) {
    this.meetups = meetups;
    this.people = people;
    this.cohorts = cohorts;
    this.delivery = new BuddyDelivery(outbox, holidays);
    this.buttons = new AnsweringMeetupButtons(meetups, people, rounds, this);
  }

  public Response propose(Person person, Meetup meetup, String typed, Instant now) {
    MeetingTimes.Reading reading = MeetingTimes.read(typed, person.timeZone(), now);
    if (reading instanceof MeetingTimes.NotUnderstood notUnderstood) {
      return Response.say(notUnderstood.reason());
    }
    return proposeAt(person, meetup, ((MeetingTimes.At) reading).when(), now);
  }

  Response proposeAt(Person person, Meetup meetup, ZonedDateTime when, Instant now) {
    if (meetup.skipped()) {
      return Response.say("This round's meetup was skipped: wait for your next buddy.");
    }
    meetups.propose(meetup.id(), person.id(), when.toInstant(), now);
    int number = meetup.proposals().size() + 1;
    Proposal proposal =
        new Proposal(number, person.id(), when.toInstant(), now, java.util.Set.of());
    MeetupPeople members = MeetupPeople.of(people, meetup);
    Optional<Instant> latest = Optional.empty();
    for (PersonId other : meetup.othersThan(person.id())) {
      Person buddy = members.get(other);
      if (buddy == null) {
        continue;
      }
      Optional<Instant> at =
          delivery.send(
              buddy,
              "buddy-proposal:" + meetup.id().value() + ":" + number + ":" + other.value(),
              MeetupMessages.proposal(meetup.id(), proposal, person, buddy, now),
              now);
      if (at.isPresent() && (latest.isEmpty() || at.get().isAfter(latest.get()))) {
        latest = at;
      }
    }
    String text =
        "Proposed "
            + MeetupMessages.when(when.toInstant(), person, now)
            + " to "
            + MeetupMessages.names(members.othersThan(meetup, person.id()))
            + ". I will tell you when it is accepted.";
    if (latest.isPresent() && latest.get().isAfter(now.plus(NOTICEABLE_DELAY))) {
      text +=
          " It reaches them "
              + MeetupMessages.when(latest.get(), person, now)
              + ", after their quiet hours or days off.";
    }
    return Response.say(text);
  }

  /** {@code /buddy accept}: the newest proposal waiting for the person. */
  public Response acceptWaiting(Person person, Meetup meetup, Instant now) {
    Optional<Proposal> waiting = meetup.waitingFor(person.id());
    if (waiting.isEmpty()) {
      return Response.say(
          "There is no proposed time waiting for you. Propose one with /buddy propose fri 10:30.");
    }
    return accept(person, meetup, waiting.get().number(), now, false);
  }

  Response accept(Person person, Meetup meetup, int number, Instant now, boolean replacesOriginal) {
    if (number > meetup.proposals().size()) {
      return Response.say("That proposal no longer exists.");
    }
    Proposal proposal = meetup.proposals().get(number - 1);
    if (proposal.by().equals(person.id())) {
      return Response.say("That is your own proposal: your buddy accepts it.");
    }
    if (number < meetup.proposals().size()) {
      return answer("A newer time was proposed since: see /buddy status.", replacesOriginal);
    }
    if (!proposal.at().isAfter(now)) {
      return answer(
          "That time has passed. Propose another one with /buddy propose.", replacesOriginal);
    }
    String mine = MeetupMessages.when(proposal.at(), person, now);
    if (proposal.acceptedBy().contains(person.id())) {
      return answer("You already accepted " + mine + ".", replacesOriginal);
    }
    meetups.accept(meetup, number, person.id());
    java.util.Set<PersonId> accepted = new java.util.HashSet<>(proposal.acceptedBy());
    accepted.add(person.id());
    MeetupPeople members = MeetupPeople.of(people, meetup);
    List<Person> waiting =
        members.all(
            meetup.othersThan(proposal.by()).stream().filter(m -> !accepted.contains(m)).toList());
    for (PersonId other : meetup.othersThan(person.id())) {
      Person buddy = members.get(other);
      if (buddy != null) {
        delivery.send(
            buddy,
            "buddy-accepted:"
                + meetup.id().value()
                + ":"
                + number
                + ":"
                + person.id().value()
                + ":"
                + other.value(),
            MeetupMessages.accepted(
                person,
                proposal,
                waiting.stream().filter(w -> !w.id().equals(other)).toList(),
                buddy,
                now),
            now);
      }
    }
    return answer(
        "You accepted meeting on " + mine + ". After you meet, type /buddy done.",
        replacesOriginal);
  }

  public Response done(Person person, Meetup meetup, Optional<String> note, Instant now) {
    boolean wasMet = meetup.met();
    if (meetup.stateOf(person.id()).doneAt().isEmpty()) {
      meetups.markDone(meetup, person.id(), now);
    }
    note.ifPresent(n -> meetups.saveNote(meetup, person.id(), n));
    MeetupPeople members = MeetupPeople.of(people, meetup);
    if (!wasMet) {
      String cohortName = cohortName(meetup);
      for (PersonId other : meetup.othersThan(person.id())) {
        Person buddy = members.get(other);
        if (buddy != null) {
          delivery.send(
              buddy,
              "buddy-done:" + meetup.id().value() + ":" + other.value(),
              MeetupMessages.markedDone(person, cohortName),
              now);
        }
      }
    }
    String text =
        "Marked your meetup with "
            + MeetupMessages.names(members.othersThan(meetup, person.id()))
            + " as done. Thank you!";
    text +=
        note.isPresent()
            ? " Your note is private: only you see it, in /buddy status."
            : " Add a private note any time with /buddy done <note>.";
    return Response.say(text);
  }

  public Response skip(Person person, Meetup meetup, Instant now) {
    if (meetup.met()) {
      return Response.say("Your meetup is already marked done: there is nothing to skip.");
    }
    if (meetup.stateOf(person.id()).skipped()) {
      return Response.say("You already skip this round. You will be in the draw again next round.");
    }
    meetups.markSkipped(meetup, person.id());
    long stillIn =
        meetup.members().stream()
            .filter(m -> !m.equals(person.id()) && !meetup.stateOf(m).skipped())
            .count();
    MeetupPeople members = MeetupPeople.of(people, meetup);
    String cohortName = cohortName(meetup);
    for (PersonId other : meetup.othersThan(person.id())) {
      Person buddy = members.get(other);
      if (buddy != null && !meetup.stateOf(other).skipped()) {
        delivery.send(
            buddy,
            "buddy-skip:" + meetup.id().value() + ":" + person.id().value() + ":" + other.value(),
            MeetupMessages.skipped(person, cohortName, stillIn <= 1),
            now);
      }
    }
    return Response.say(
        "You skip this round of " + cohortName + ". You will be in the draw again next round.");
  }

  /** A button of a meetup message. */
  public Response press(Person person, ButtonPress press) {
    return buttons.press(person, press);
  }

  /** The "Suggest another time" form. */
  public Response submit(Person person, FormSubmission form) {
    return buttons.submit(person, form);
  }

  private String cohortName(Meetup meetup) {
    return cohorts
        .find(meetup.id().orgId(), meetup.id().cohortId())
        .map(Cohort::name)
        .orElse("your buddy cohort");
  }

  private static Response answer(String text, boolean replacesOriginal) {
    return new Response.Reply(OutboundMessage.builder(text).build(), replacesOriginal);
  }
}
