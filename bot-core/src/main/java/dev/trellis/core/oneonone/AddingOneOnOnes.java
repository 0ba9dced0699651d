package dev.trellis.core.oneonone;

import dev.trellis.core.command.TrellisCommand;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.Person;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code 1on1 add}: a recurring 1:1 of the typist with their report or their manager (as the
 * directory has it), at the typed time in the typist's zone, from its next occurrence on. Adding
 * one again for the same two people changes it. Its steps are planned at once.
 */
final class AddingOneOnOnes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final OneOnOnes oneOnOnes;
  private final FindingPeople finding;
  private final ReplanningOrg replanning;

  AddingOneOnOnes(OneOnOnes oneOnOnes, FindingPeople finding, ReplanningOrg replanning) {
    this.oneOnOnes = oneOnOnes;
    this.finding = finding;
    this.replanning = replanning;
  }

  Response add(Person typist, TrellisCommand.AddOneOnOne command, Instant now) {
    FindingPeople.Found found = finding.find(typist.orgId(), command.with());
    if (found instanceof FindingPeople.Found.None none) {
      return none.why();
    }
    Person other = ((FindingPeople.Found.One) found).person();
    if (other.id().equals(typist.id())) {
      return Response.say("A 1:1 needs someone else: name your report or your manager.");
    }
    Optional<Person[]> pair = managerAndReport(typist, other);
    if (pair.isEmpty()) {
      return Response.say(
          "Trellis keeps 1:1s between a manager and their report, and the directory does not say"
              + " that "
              + other.name()
              + " reports to you or that you report to them. Ask your admin to update the people"
              + " file.");
    }
    Person manager = pair.get()[0];
    Person report = pair.get()[1];
    Optional<OneOnOne> before =
        oneOnOnes.findAll(typist.orgId()).stream()
            .filter(o -> o.managerId().equals(manager.id()) && o.reportId().equals(report.id()))
            .findFirst();
    LocalDate first = firstDate(typist, command, now);
    OneOnOne oneOnOne =
        new OneOnOne(
            before.map(OneOnOne::id).orElseGet(OneOnOneId::random),
            typist.orgId(),
            manager.id(),
            report.id(),
            command.cadence(),
            command.weekday(),
            command.start(),
            command.duration(),
            typist.timeZone(),
            first);
    oneOnOnes.saveAll(typist.orgId(), List.of(oneOnOne));
    replanning.replan(typist.orgId());
    return new Response.Reply(confirmation(oneOnOne, other, before.isPresent()), false);
  }

  private static Optional<Person[]> managerAndReport(Person typist, Person other) {
    if (other.managerId().filter(typist.id()::equals).isPresent()) {
      return Optional.of(new Person[] {typist, other});
    }
    if (typist.managerId().filter(other.id()::equals).isPresent()) {
      return Optional.of(new Person[] {other, typist});
    }
    return Optional.empty();
  }

  /** The next day on the weekday whose start is still ahead, in the typist's zone. */
  private static LocalDate firstDate(
      Person typist, TrellisCommand.AddOneOnOne command, Instant now) {
    ZonedDateTime local = now.atZone(typist.timeZone());
    LocalDate date = local.toLocalDate().with(TemporalAdjusters.nextOrSame(command.weekday()));
    if (date.equals(local.toLocalDate()) && !command.start().isAfter(local.toLocalTime())) {
      date = date.plusWeeks(1);
    }
    return date;
  }

  private static OutboundMessage confirmation(OneOnOne o, Person other, boolean changed) {
    String weekday = o.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return OutboundMessage.builder(
            "Your "
                + o.cadence().name().toLowerCase(Locale.ROOT)
                + " 1:1 with "
                + other.name()
                + ": "
                + weekday
                + "s at "
                + o.startTime()
                + " ("
                + o.timeZone().getId()
                + "), "
                + o.duration().toMinutes()
                + " min, "
                + (changed ? "from " : "first on ")
                + DAY.format(o.firstDate())
                + ".")
        .header(changed ? "1:1 changed" : "1:1 added")
        .context(
            "The manager gets an agenda before each one, and both of you a nudge to spend the"
                + " last 15 minutes on development.")
        .build();
  }
}
