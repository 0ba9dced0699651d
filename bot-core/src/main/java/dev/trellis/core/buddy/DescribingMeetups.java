package dev.trellis.core.buddy;

import dev.trellis.core.directory.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a person's meetup stands, in their words: with whom, the time proposed or agreed. */
final class DescribingMeetups {

  private static final int NOTE_EXCERPT = 200;

  private final Meetups meetups;

  DescribingMeetups(Meetups meetups) {
    this.meetups = meetups;
  }

  String describe(Person person, Meetup m, MeetupPeople names, Instant now) {
    return String.join("\n", describe(person, m, names, now, true));
  }

  List<String> describe(
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
                      "Met: you marked it done on "
                          + RunningBuddyCommands.DAY.format(d.atZone(person.timeZone()))
                          + ".")
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

  private static String excerpt(String text) {
    return text.length() <= NOTE_EXCERPT ? text : text.substring(0, NOTE_EXCERPT - 1) + "…";
  }
}
