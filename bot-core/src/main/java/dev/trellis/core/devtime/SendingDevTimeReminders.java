package dev.trellis.core.devtime;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.StepBatches;
import dev.trellis.core.step.StepHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends the development time reminders, both nudges that list what the person planned (their open
 * goals' next steps). {@link #monthly} goes only while the org has a budget and the person has used
 * less than half of it, and only in the month it is for; {@link #slot} only during that day's
 * protected slot, which it alone may reach.
 */
public abstract sealed class SendingDevTimeReminders implements StepHandler {

  private static final int GOALS_SHOWN = 5;

  final People people;
  final Goals goals;
  final DevTimeEntries entries;
  final OrgSettingsStore settings;
  private final Outbox outbox;

  SendingDevTimeReminders(
      People people,
      Goals goals,
      DevTimeEntries entries,
      OrgSettingsStore settings,
      Outbox outbox) {
    this.people = people;
    this.goals = goals;
    this.entries = entries;
    this.settings = settings;
    this.outbox = outbox;
  }

  /** The monthly reminder when less than half the budget is used. */
  public static SendingDevTimeReminders monthly(
      People people,
      Goals goals,
      DevTimeEntries entries,
      OrgSettingsStore settings,
      Outbox outbox) {
    return new Monthly(people, goals, entries, settings, outbox);
  }

  /** The line at the start of the protected slot. */
  public static SendingDevTimeReminders slot(
      People people,
      Goals goals,
      DevTimeEntries entries,
      OrgSettingsStore settings,
      Outbox outbox) {
    return new Slot(people, goals, entries, settings, outbox);
  }

  @Override
  public boolean isNudge() {
    return true;
  }

  @Override
  public List<PlannedStep> stillWanted(List<PlannedStep> steps, Instant now) {
    List<PlannedStep> wanted = new ArrayList<>();
    StepBatches.perOrg(
        steps,
        (orgId, orgSteps) -> {
          OrgSettings.DevTime devTime = settings.find(orgId).devTime();
          Map<PersonId, Person> byId = people.byIds(orgId, StepBatches.recipients(orgSteps));
          for (PlannedStep step : orgSteps) {
            Person person = byId.get(step.recipient());
            if (person == null || wanted(step, person, devTime, now)) {
              wanted.add(step); // a person who left is dropped by the rule, and says so
            }
          }
          return Map.of();
        });
    return wanted;
  }

  abstract boolean wanted(
      PlannedStep step, Person person, OrgSettings.DevTime devTime, Instant now);

  abstract OutboundMessage message(Person person, OrgSettings.DevTime devTime, Instant now);

  @Override
  public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
    return StepBatches.perOrg(steps, (orgId, orgSteps) -> runForOrg(orgId, orgSteps, now));
  }

  private Map<PlannedStep, String> runForOrg(OrgId orgId, List<PlannedStep> steps, Instant now) {
    OrgSettings.DevTime devTime = settings.find(orgId).devTime();
    return StepBatches.queueEach(
        orgId, steps, now, people, outbox, person -> message(person, devTime, now));
  }

  int minutesUsed(Person person, YearMonth month) {
    return entries.ofPerson(person.orgId(), person.id(), month, month).stream()
        .mapToInt(DevTimeEntry::minutes)
        .sum();
  }

  /** The person's open goals with their next steps, one line each; empty when they have none. */
  String planned(Person person) {
    List<Goal> open =
        goals.ofPerson(person.orgId(), person.id()).stream().filter(Goal::isOpen).toList();
    if (open.isEmpty()) {
      return "You have no open goal yet: /trellis goal add <goal> gives this time a direction.";
    }
    StringBuilder lines = new StringBuilder("What you planned:");
    for (Goal goal : open.subList(0, Math.min(GOALS_SHOWN, open.size()))) {
      lines
          .append("\n• ")
          .append(DevTimeWords.excerpt(goal.text(), 100))
          .append(" (goal ")
          .append(goal.number())
          .append("): ")
          .append(
              goal.nextStep()
                  .map(s -> "next, " + DevTimeWords.excerpt(s, 150))
                  .orElse("no next step yet, /trellis goal next " + goal.number() + " <step>"));
    }
    return lines.toString();
  }

  static LocalDate localDay(Person person, Instant now) {
    return now.atZone(person.timeZone()).toLocalDate();
  }

  private static final class Monthly extends SendingDevTimeReminders {

    Monthly(
        People people,
        Goals goals,
        DevTimeEntries entries,
        OrgSettingsStore settings,
        Outbox outbox) {
      super(people, goals, entries, settings, outbox);
    }

    @Override
    public StepKind kind() {
      return DevTimeSteps.MONTHLY_REMINDER;
    }

    /** In its month still, with a budget of which less than half is used. */
    @Override
    boolean wanted(PlannedStep step, Person person, OrgSettings.DevTime devTime, Instant now) {
      YearMonth month = YearMonth.parse(DevTimeSteps.keyDate(NudgeRule.originalKey(step.key())));
      return devTime.hasBudget()
          && YearMonth.from(localDay(person, now)).equals(month)
          && minutesUsed(person, month) * 2 < devTime.monthlyHours() * 60;
    }

    @Override
    OutboundMessage message(Person person, OrgSettings.DevTime devTime, Instant now) {
      YearMonth month = YearMonth.from(localDay(person, now));
      int used = minutesUsed(person, month);
      int left = devTime.monthlyHours() * 60 - used;
      return OutboundMessage.builder(
              "This month you have used "
                  + DevTimeWords.hours(used)
                  + " of your "
                  + devTime.monthlyHours()
                  + "h for your own development: "
                  + DevTimeWords.hours(left)
                  + " left before the month ends.\n"
                  + planned(person)
                  + "\n\nLog time with /trellis devtime log 90m <what you did>.")
          .header("Your development time, " + DevTimeWords.month(month))
          .context("Only you see this. /trellis devtime shows your month.")
          .build();
    }
  }

  private static final class Slot extends SendingDevTimeReminders {

    Slot(
        People people,
        Goals goals,
        DevTimeEntries entries,
        OrgSettingsStore settings,
        Outbox outbox) {
      super(people, goals, entries, settings, outbox);
    }

    @Override
    public StepKind kind() {
      return DevTimeSteps.SLOT_REMINDER;
    }

    @Override
    public boolean goesInProtectedSlot() {
      return true;
    }

    /** On its day, while the slot (as the org keeps it now) is still on. */
    @Override
    boolean wanted(PlannedStep step, Person person, OrgSettings.DevTime devTime, Instant now) {
      LocalDate day = LocalDate.parse(DevTimeSteps.keyDate(NudgeRule.originalKey(step.key())));
      ZonedDateTime local = now.atZone(person.timeZone());
      return devTime
          .protectedSlot()
          .filter(slot -> local.toLocalDate().equals(day) && slot.contains(local.toLocalDateTime()))
          .isPresent();
    }

    @Override
    OutboundMessage message(Person person, OrgSettings.DevTime devTime, Instant now) {
      String until = devTime.protectedSlot().map(s -> " (until " + s.to() + ")").orElse("");
      return OutboundMessage.builder(
              "Your development time starts now"
                  + until
                  + ". Trellis keeps quiet until then.\n"
                  + planned(person)
                  + "\n\nWhen you are done: /trellis devtime log 2h <what you did>.")
          .header("Your development time starts now")
          .build();
    }
  }
}
