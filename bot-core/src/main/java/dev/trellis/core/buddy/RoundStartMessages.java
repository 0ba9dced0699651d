package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.question.Question;
import java.util.List;
import java.util.Optional;

/** The words of a round's start: the intros, the group's intro, and why someone has no buddy. */
final class RoundStartMessages {

  static final String PROPOSE_HINT =
      "Propose a meetup with /buddy propose tomorrow 15:00 (or any day and time that suits you).";

  private RoundStartMessages() {}

  static OutboundMessage intro(
      Cohort cohort, BuddyRound round, List<Person> buddies, Optional<Question> topic) {
    String names =
        MeetupMessages.listed(buddies.stream().map(RoundStartMessages::nameAndDepartment).toList());
    String text =
        buddies.size() == 1
            ? "Your career buddy this round is " + names + "."
            : "Your career buddies this round are " + names + ".";
    text += " Talk through each other's career maps and meet people beyond your own team.";
    OutboundMessage.Builder builder =
        OutboundMessage.builder(text)
            .header("Career buddies: round " + round.number() + " of " + cohort.name());
    String fallback = text;
    if (topic.isPresent()) {
      builder.field("A first topic", topic.get().text());
      fallback += "\nA first topic: " + topic.get().text();
    }
    builder.context(PROPOSE_HINT);
    fallback += "\n" + PROPOSE_HINT;
    return builder.fallback(fallback).build();
  }

  static OutboundMessage groupIntro(
      Cohort cohort, BuddyRound round, List<Person> members, Optional<Question> topic) {
    String text =
        "Hello "
            + MeetupMessages.names(members)
            + ": you are career buddies in round "
            + round.number()
            + " of "
            + cohort.name()
            + ". This conversation is yours to find a time; Trellis only counts whether you met.";
    OutboundMessage.Builder builder =
        OutboundMessage.builder(text).header("Career buddies: round " + round.number());
    String fallback = text;
    if (topic.isPresent()) {
      builder.field("A first topic", topic.get().text());
      fallback += "\nA first topic: " + topic.get().text();
    }
    builder.context(PROPOSE_HINT);
    return builder.fallback(fallback + "\n" + PROPOSE_HINT).build();
  }

  static OutboundMessage leftOutMessage(Cohort cohort, BuddyRound round, LeftOut left) {
    String text =
        "You have no buddy in round "
            + round.number()
            + " of "
            + cohort.name()
            + ": "
            + whyForThem(left)
            + ". You will be in the draw again in a later round.";
    return OutboundMessage.builder(text).header("Career buddies: no buddy this round").build();
  }

  /**
   * Why, in words for the person left out; never whose "not with" list or which manager kept them
   * out, which would tell them what someone else asked for.
   */
  static String whyForThem(LeftOut left) {
    switch (left.reason()) {
      case PAUSED:
        return "you paused buddies (" + left.why() + ")";
      case ONLY_ONE_LEFT:
        return "the people taking part could not all be grouped, and nobody was left to pair"
            + " with you";
      case NO_ALLOWED_PARTNER:
        return "nobody left to group you with this round could be grouped with you";
      case GUEST:
        return "guest accounts are not paired";
      default:
        return left.why();
    }
  }

  private static String nameAndDepartment(Person p) {
    return p.name() + p.department().map(d -> " (" + d + ")").orElse("");
  }
}
