package dev.trellis.core.buddy;

import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.directory.Person;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The words of buddy meetups: proposals, acceptances, marks and the round's nudges. */
final class MeetupMessages {

  static final String HEADER = "Career buddies";

  private MeetupMessages() {}

  /** "Ada", "Ada and Bo", "Ada, Bo and Cy". */
  static String names(List<Person> people) {
    return listed(people.stream().map(Person::name).toList());
  }

  /** Words listed as people say them: "a", "a and b", "a, b and c". */
  static String listed(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  static String when(Instant at, Person reader, Instant now) {
    return MeetingTimes.describe(at, reader.timeZone(), now);
  }

  /** What a buddy gets when a member proposes a time: the time in their own zone, and buttons. */
  static OutboundMessage proposal(
      MeetupId meetup, Proposal proposal, Person proposer, Person reader, Instant now) {
    String text =
        proposer.name() + " proposes to meet on " + when(proposal.at(), reader, now) + ".";
    OutboundMessage.Builder b = OutboundMessage.builder(text).header(HEADER + ": a time to meet");
    String fallback = text;
    if (!proposer.timeZone().equals(reader.timeZone())) {
      String theirs = when(proposal.at(), proposer, now);
      b.field("For " + proposer.name(), theirs);
      fallback += "\nFor " + proposer.name() + ": " + theirs;
    }
    String value = MeetupActions.value(meetup, proposal.number());
    b.button(new Button(MeetupActions.ACCEPT, "Accept", value, Button.Style.PRIMARY));
    b.button(
        new Button(
            MeetupActions.ANOTHER_TIME, "Suggest another time", value, Button.Style.DEFAULT));
    b.context("Or type /buddy accept, or /buddy propose with a time that suits you better.");
    return b.fallback(fallback + "\nAccept with /buddy accept.").build();
  }

  static Form anotherTime(MeetupId meetup, Person proposer) {
    return new Form(
        MeetupActions.COUNTER,
        "Another time",
        List.of(
            new Input.Text(
                MeetupActions.WHEN_INPUT,
                "When would suit you? (your time)",
                false,
                Optional.empty(),
                Optional.of("fri 10:30, tomorrow 15:00 or 2026-12-03 09:00"),
                BuddyCommand.Propose.MAX_WHEN,
                false)),
        "Send to " + proposer.name(),
        meetup.value());
  }

  static OutboundMessage accepted(
      Person accepter, Proposal proposal, List<Person> stillWaiting, Person reader, Instant now) {
    String text =
        accepter.name() + " accepted meeting on " + when(proposal.at(), reader, now) + ".";
    if (!stillWaiting.isEmpty()) {
      text += " Waiting for " + names(stillWaiting) + ".";
    }
    return OutboundMessage.builder(text).header(HEADER + ": time accepted").build();
  }

  static OutboundMessage markedDone(Person by, String cohortName) {
    return OutboundMessage.builder(
            by.name()
                + " marked your buddy meetup of "
                + cohortName
                + " as done. To keep a private note of your own, type /buddy done <note>.")
        .header(HEADER + ": meetup done")
        .build();
  }

  static OutboundMessage skipped(Person by, String cohortName, boolean nobodyLeft) {
    String text = by.name() + " cannot meet this round of " + cohortName + ".";
    text +=
        nobodyLeft
            ? " You will have a new buddy in the next round."
            : " The rest of you can still meet.";
    return OutboundMessage.builder(text).header(HEADER + ": skipping this round").build();
  }

  static OutboundMessage halfwayNudge(String cohortName, int round, List<Person> buddies) {
    String text =
        "Round "
            + round
            + " of "
            + cohortName
            + " is halfway through and you and "
            + names(buddies)
            + " have not met yet. Propose a time with /buddy propose fri 10:30, or /buddy skip if"
            + " this round does not work for you.";
    return OutboundMessage.builder(text).header(HEADER + ": halfway through the round").build();
  }

  static OutboundMessage didItHappen(MeetupId meetup, String cohortName, List<Person> buddies) {
    String text =
        "Round "
            + meetup.round()
            + " of "
            + cohortName
            + " has ended. Did you meet "
            + names(buddies)
            + "?";
    return OutboundMessage.builder(text)
        .header(HEADER + ": did you meet?")
        .button(new Button(MeetupActions.MET, "Yes, we met", meetup.value(), Button.Style.PRIMARY))
        .button(new Button(MeetupActions.NOT_MET, "No", meetup.value(), Button.Style.DEFAULT))
        .context("Only the number of meetups is counted; nobody sees your answer.")
        .fallback(text + " Answer with the buttons.")
        .build();
  }
}
