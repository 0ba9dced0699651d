package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import java.util.Map;
import java.util.Optional;

/**
 * The buttons and the form of meetup messages: accept a time, suggest another one, and say at the
 * end of a round whether the meetup happened. Only a member of the meetup can press them.
 */
final class AnsweringMeetupButtons {

  private final Meetups meetups;
  private final People people;
  private final BuddyRounds rounds;
  private final CoordinatingMeetups coordinating;

  AnsweringMeetupButtons(
      Meetups meetups, People people, BuddyRounds rounds, CoordinatingMeetups coordinating) {
    this.meetups = meetups;
    this.people = people;
    this.rounds = rounds;
    this.coordinating = coordinating;
  }

  /** A button of a meetup message. */
  Response press(Person person, ButtonPress press) {
    String action = press.action().value();
    if (action.equals(MeetupActions.MET.value()) || action.equals(MeetupActions.NOT_MET.value())) {
      Optional<Meetup> meetup = MeetupId.parse(press.value()).flatMap(id -> own(person, id));
      if (meetup.isEmpty()) {
        return Response.say("That meetup is not yours or no longer exists.");
      }
      return happened(person, meetup.get(), action.equals(MeetupActions.MET.value()));
    }
    Optional<MeetupActions.ProposalRef> ref = MeetupActions.parse(press.value());
    Optional<Meetup> meetup = ref.flatMap(r -> own(person, r.meetup()));
    if (meetup.isEmpty()) {
      return Response.say("That meetup is not yours or no longer exists.");
    }
    if (action.equals(MeetupActions.ACCEPT.value())) {
      return coordinating.accept(
          person, meetup.get(), ref.get().number(), press.receivedAt(), true);
    }
    if (action.equals(MeetupActions.ANOTHER_TIME.value())) {
      int number = ref.get().number();
      if (number > meetup.get().proposals().size()) {
        return Response.say("That proposal no longer exists.");
      }
      PersonId proposer = meetup.get().proposals().get(number - 1).by();
      Person proposerPerson = MeetupPeople.of(people, meetup.get()).get(proposer);
      if (proposerPerson == null) {
        return Response.say("Your buddy is no longer in Trellis.");
      }
      return new Response.OpenForm(MeetupMessages.anotherTime(meetup.get().id(), proposerPerson));
    }
    return Response.say("I do not know that button.");
  }

  /** The "Suggest another time" form. */
  Response submit(Person person, FormSubmission form) {
    Optional<Meetup> meetup = MeetupId.parse(form.reference()).flatMap(id -> own(person, id));
    if (meetup.isEmpty()) {
      return Response.say("That meetup is not yours or no longer exists.");
    }
    String typed = form.value(MeetupActions.WHEN_INPUT).map(String::strip).orElse("");
    MeetingTimes.Reading reading = MeetingTimes.read(typed, person.timeZone(), form.receivedAt());
    if (reading instanceof MeetingTimes.NotUnderstood notUnderstood) {
      return new Response.FormErrors(Map.of(MeetupActions.WHEN_INPUT, notUnderstood.reason()));
    }
    return coordinating.proposeAt(
        person, meetup.get(), ((MeetingTimes.At) reading).when(), form.receivedAt());
  }

  /**
   * Records a "did you meet?" answer, only once that question was asked (the round ended) or the
   * meetup was marked done; before, a forged or early press changes nothing.
   */
  private Response happened(Person person, Meetup meetup, boolean yes) {
    if (!roundEnded(meetup.id())
        && meetup.states().stream().noneMatch(s -> s.doneAt().isPresent())) {
      return Response.say(
          "This round is still on, so nothing was recorded: I will ask whether you met when it"
              + " ends. Once you have met, type /buddy done.");
    }
    meetups.recordHappened(meetup, person.id(), yes);
    return Response.replace(
        yes
            ? "Thank you: counted as met. Type /buddy done <note> to keep a private note."
            : "Thank you: counted as not met. Your next buddy comes with the next round.");
  }

  private boolean roundEnded(MeetupId id) {
    return rounds.summaries(id.orgId(), id.cohortId()).stream()
        .anyMatch(r -> r.number() == id.round() && r.endedAt().isPresent());
  }

  private Optional<Meetup> own(Person person, MeetupId id) {
    if (!id.orgId().equals(person.orgId())) {
      return Optional.empty();
    }
    return meetups.find(id).filter(m -> m.includes(person.id()));
  }
}
