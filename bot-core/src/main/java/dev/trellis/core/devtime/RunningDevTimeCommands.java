package dev.trellis.core.devtime;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Asked;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.OrgSettingsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code devtime} commands of one person on their own development time: logging, this month,
 * undoing the last entry, the months before, and sharing the totals with their current manager.
 */
final class RunningDevTimeCommands {

  /** The months the history and the home view show, this one included. */
  static final int HISTORY_MONTHS = 6;

  private static final int ENTRIES_SHOWN = 15;
  private static final String PRIVATE =
      "Only you see what you wrote. /trellis devtime share lets your manager see your totals.";

  private final DevTimeEntries entries;
  private final DevTimeShares shares;
  private final Goals goals;
  private final People people;
  private final OrgSettingsStore settings;

  RunningDevTimeCommands(
      DevTimeEntries entries,
      DevTimeShares shares,
      Goals goals,
      People people,
      OrgSettingsStore settings) {
    this.entries = entries;
    this.shares = shares;
    this.goals = goals;
    this.people = people;
    this.settings = settings;
  }

  Response run(DevTimeCommand command, Asked asked) {
    if (command instanceof DevTimeCommand.Log log) {
      return log(log, asked);
    }
    if (command instanceof DevTimeCommand.Undo) {
      return undo(asked);
    }
    if (command instanceof DevTimeCommand.History) {
      return history(asked);
    }
    if (command instanceof DevTimeCommand.Share) {
      return share(asked);
    }
    if (command instanceof DevTimeCommand.Unshare) {
      return unshare(asked);
    }
    return month(asked);
  }

  private Response log(DevTimeCommand.Log log, Asked asked) {
    Person person = asked.person();
    LocalDate today = today(person, asked.at());
    LogLine.Result read = LogLine.read(log.words(), today);
    if (read instanceof LogLine.Problem problem) {
      return Response.say(problem.reason());
    }
    LogLine.Request request = (LogLine.Request) read;
    if (request.goal().isPresent()) {
      Optional<String> unknown = unknownGoal(person, request.goal().get());
      if (unknown.isPresent()) {
        return Response.say(unknown.get());
      }
    }
    DevTimeEntry entry =
        new DevTimeEntry(
            UUID.randomUUID().toString(),
            person.orgId(),
            person.id(),
            request.day(),
            request.minutes(),
            request.what(),
            request.goal(),
            asked.at());
    entries.add(entry);
    MonthTotals.Month month = monthOf(person, entry.month());
    return Response.say(
        "Logged "
            + DevTimeWords.hours(entry.minutes())
            + " on "
            + DevTimeWords.day(entry.day())
            + ": "
            + DevTimeWords.excerpt(entry.what(), 120)
            + entry.goal().map(g -> " (goal " + g + ")").orElse("")
            + ".\n"
            + standing(month)
            + "\n/trellis devtime undo takes it back.");
  }

  private Response undo(Asked asked) {
    Person person = asked.person();
    Optional<DevTimeEntry> last = entries.lastLogged(person.orgId(), person.id());
    if (last.isEmpty()) {
      return Response.say("You have no entry to undo. Log one with: " + LogLine.EXAMPLE);
    }
    entries.remove(person.orgId(), last.get().id());
    DevTimeEntry gone = last.get();
    return Response.say(
        "Removed your last entry: "
            + DevTimeWords.hours(gone.minutes())
            + " on "
            + DevTimeWords.day(gone.day())
            + ", "
            + DevTimeWords.excerpt(gone.what(), 120)
            + ".\n"
            + standing(monthOf(person, gone.month())));
  }

  Response month(Asked asked) {
    Person person = asked.person();
    YearMonth month = YearMonth.from(today(person, asked.at()));
    List<DevTimeEntry> theirs = entries.ofPerson(person.orgId(), person.id(), month, month);
    MonthTotals.Month totals = totals(person, theirs, month);
    StringBuilder text = new StringBuilder(standing(totals));
    if (theirs.isEmpty()) {
      text.append("\nNo entries yet. Log one with: ").append(LogLine.EXAMPLE);
    }
    OutboundMessage.Builder answer =
        OutboundMessage.builder(text.toString())
            .header("Your development time, " + DevTimeWords.month(month))
            .context(PRIVATE);
    List<DevTimeEntry> shown =
        theirs.subList(Math.max(0, theirs.size() - ENTRIES_SHOWN), theirs.size());
    for (DevTimeEntry e : shown) {
      answer.field(
          DevTimeWords.day(e.day()) + " · " + DevTimeWords.hours(e.minutes()),
          DevTimeWords.excerpt(e.what(), 200) + e.goal().map(g -> " (goal " + g + ")").orElse(""));
    }
    return new Response.Reply(answer.build(), false);
  }

  private Response history(Asked asked) {
    Person person = asked.person();
    OutboundMessage.Builder card =
        OutboundMessage.builder(historyText(person, asked.at()))
            .header("Your development time, month by month")
            .context(PRIVATE);
    for (MonthTotals.Month m : months(person, asked.at())) {
      card.field(DevTimeWords.month(m.month()), m.used());
    }
    return new Response.Reply(card.build(), false);
  }

  /** The summary on the home view. */
  List<Field> homeFields(Person person, Instant now) {
    List<MonthTotals.Month> months = months(person, now);
    MonthTotals.Month current = months.get(months.size() - 1);
    String before =
        months.subList(0, months.size() - 1).stream()
            .filter(m -> m.minutes() > 0)
            .map(MonthTotals.Month::line)
            .collect(Collectors.joining(" · "));
    return List.of(
        new Field(
            "Your development time",
            standing(current)
                + (before.isEmpty() ? "" : "\nEarlier: " + before)
                + "\n/trellis devtime log 90m <what> logs time; /trellis devtime history shows"
                + " the months."));
  }

  private Response share(Asked asked) {
    Person person = asked.person();
    Optional<Person> manager = currentManager(person);
    if (manager.isEmpty()) {
      return Response.say(
          "You have no manager in Trellis to share your development time with; it stays private."
              + " Your admin sets managers in the directory.");
    }
    Optional<DevTimeShare> earlier = shares.of(person.orgId(), person.id());
    if (earlier.filter(s -> s.isSharedWith(manager.get().id())).isPresent()) {
      return Response.say(
          "Your development time totals are already shared with "
              + manager.get().name()
              + ": nothing changed.");
    }
    shares.save(new DevTimeShare(person.orgId(), person.id(), manager.get().id(), asked.at()));
    return Response.say(
        "Shared your development time totals with "
            + manager.get().name()
            + ": they see your hours a month against the budget in the agenda of your 1:1s,"
            + " never what you wrote. /trellis devtime unshare makes them private again.");
  }

  private Response unshare(Asked asked) {
    Person person = asked.person();
    return shares.remove(person.orgId(), person.id())
        ? Response.say("Your development time is private again: only you see it.")
        : Response.say("Your development time is not shared with anyone: nothing changed.");
  }

  private String historyText(Person person, Instant now) {
    List<MonthTotals.Month> months = months(person, now);
    int budget = months.get(0).budgetHours();
    return budget > 0
        ? "Your org's budget is " + budget + "h a month. The last " + months.size() + " months:"
        : "There is no monthly budget set for your org. The last " + months.size() + " months:";
  }

  private List<MonthTotals.Month> months(Person person, Instant now) {
    YearMonth month = YearMonth.from(today(person, now));
    List<DevTimeEntry> theirs =
        entries.ofPerson(
            person.orgId(), person.id(), month.minusMonths(HISTORY_MONTHS - 1L), month);
    return MonthTotals.of(theirs, month, HISTORY_MONTHS, budgetHours(person));
  }

  private MonthTotals.Month monthOf(Person person, YearMonth month) {
    return totals(person, entries.ofPerson(person.orgId(), person.id(), month, month), month);
  }

  private MonthTotals.Month totals(Person person, List<DevTimeEntry> theirs, YearMonth month) {
    return MonthTotals.of(theirs, month, 1, budgetHours(person)).get(0);
  }

  /** {@code December 2026: 2h 30m of 4h, 1h 30m left.}, or that there is no budget. */
  private static String standing(MonthTotals.Month month) {
    if (month.budgetHours() == 0) {
      return DevTimeWords.month(month.month())
          + ": "
          + DevTimeWords.hours(month.minutes())
          + " logged. There is no monthly budget set for your org.";
    }
    return month.line() + ", " + month.left() + ".";
  }

  private int budgetHours(Person person) {
    return settings.find(person.orgId()).devTime().monthlyHours();
  }

  private Optional<String> unknownGoal(Person person, int number) {
    List<Goal> theirs = goals.ofPerson(person.orgId(), person.id());
    if (theirs.stream().anyMatch(g -> g.number() == number)) {
      return Optional.empty();
    }
    List<String> numbers = new ArrayList<>();
    theirs.forEach(g -> numbers.add(String.valueOf(g.number())));
    return Optional.of(
        theirs.isEmpty()
            ? "You have no goal "
                + number
                + ": you have no goals yet. Log without --goal, or add one with /trellis goal add"
                + " Learn Kubernetes"
            : "You have no goal "
                + number
                + ". Your goals are "
                + String.join(", ", numbers)
                + ". For example: /trellis devtime log 90m Read the docs --goal "
                + numbers.get(0));
  }

  private Optional<Person> currentManager(Person person) {
    return person.managerId().flatMap(id -> people.findById(person.orgId(), id));
  }

  static LocalDate today(Person person, Instant now) {
    return now.atZone(person.timeZone()).toLocalDate();
  }
}
