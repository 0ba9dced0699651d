package dev.trellis.core.conversation;

import dev.trellis.core.buddy.RunningBuddyCommands;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.reflection.Prompt;
import dev.trellis.core.reflection.Prompts;
import dev.trellis.core.schedule.Occurrence;
import dev.trellis.core.schedule.OneOnOneCalendar;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's Trellis at a glance, for Slack's App Home (and any platform's "home" view): their next
 * 1:1, the question waiting for an answer, their career buddy and their settings. Goals join it
 * when that feature comes.
 */
public final class ShowingHome {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final Duration LOOK_AHEAD = Duration.ofDays(62);

  private final OneOnOnes oneOnOnes;
  private final People people;
  private final Prompts prompts;
  private final PeopleSettings settings;
  private final RunningBuddyCommands buddies;

  public ShowingHome(
      OneOnOnes oneOnOnes,
      People people,
      Prompts prompts,
      PeopleSettings settings,
      RunningBuddyCommands buddies) {
    this.buddies = buddies;
    this.oneOnOnes = oneOnOnes;
    this.people = people;
    this.prompts = prompts;
    this.settings = settings;
  }

  public OutboundMessage homeOf(Person person, Instant now) {
    PersonSettings own = settings.find(person.orgId(), person.id());
    return OutboundMessage.builder(
            "Your career conversations, one small step a week. Answer questions here in the"
                + " Messages tab; what you write stays private unless you share it.")
        .header("Trellis")
        .field("Next 1:1", nextOneOnOne(person, now))
        .field("Waiting for your answer", openQuestion(person, now))
        .field("Reflection prompts", own.cadence().describe())
        .field(
            "Paused",
            own.isPausedOn(now.atZone(person.timeZone()).toLocalDate())
                ? "until " + DAY.format(own.pausedUntil().orElseThrow())
                : "no")
        .field("Quiet hours", person.quietHours() + " (" + person.timeZone().getId() + ")")
        .field("Career buddy", buddies.glance(person, now))
        .field("Goals", "Coming in a later version of Trellis")
        .context("Type /trellis help or /buddy help for everything you can do.")
        .build();
  }

  private String nextOneOnOne(Person person, Instant now) {
    PlanningWindow ahead = PlanningWindow.between(now, now.plus(LOOK_AHEAD));
    Optional<Next> next =
        oneOnOnes.findAll(person.orgId()).stream()
            .filter(o -> o.managerId().equals(person.id()) || o.reportId().equals(person.id()))
            .flatMap(
                o ->
                    new OneOnOneCalendar(o)
                        .occurrencesIn(ahead).stream()
                            .filter(occurrence -> occurrence.start().isAfter(now))
                            .map(occurrence -> new Next(o, occurrence)))
            .min(Comparator.comparing(n -> n.occurrence().start()));
    if (next.isEmpty()) {
      return "None planned";
    }
    OneOnOne o = next.get().oneOnOne();
    PersonId other = o.managerId().equals(person.id()) ? o.reportId() : o.managerId();
    String name =
        people.findByIds(person.orgId(), List.of(other)).stream()
            .map(Person::name)
            .findFirst()
            .orElse("someone");
    ZonedDateTime start = next.get().occurrence().start().atZone(person.timeZone());
    return WHEN.format(start) + " with " + name;
  }

  private String openQuestion(Person person, Instant now) {
    return prompts
        .latest(person.orgId(), person.id())
        .flatMap(id -> prompts.findById(person.orgId(), id))
        .filter(p -> p.state() == Prompt.State.OPEN && now.isBefore(p.expiresAt()))
        .map(Prompt::questionText)
        .orElse("Nothing right now");
  }

  private record Next(OneOnOne oneOnOne, Occurrence occurrence) {}
}
