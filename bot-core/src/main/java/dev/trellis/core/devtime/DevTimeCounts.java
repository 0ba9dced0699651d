package dev.trellis.core.devtime;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettingsStore;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What HR analytics counts of development time: the minutes each person logged on each day, and,
 * when the org sets a monthly budget, each person's budget on the first day of each month asked
 * about (so a group's budget is its people times the budget).
 */
final class DevTimeCounts implements CountedFacts {

  private final DevTimeEntries entries;
  private final People people;
  private final OrgSettingsStore settings;

  DevTimeCounts(DevTimeEntries entries, People people, OrgSettingsStore settings) {
    this.entries = entries;
    this.people = people;
    this.settings = settings;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    entries.eachDayBetween(
        orgId,
        from,
        to,
        (person, day, minutes) -> tally.add(person, day, Counted.DEV_TIME_MINUTES, minutes));
    long budgetMinutes = settings.find(orgId).devTime().monthlyHours() * 60L;
    if (budgetMinutes == 0) {
      return;
    }
    for (Person person : people.findAll(orgId)) {
      for (YearMonth m = YearMonth.from(from);
          !m.isAfter(YearMonth.from(to));
          m = m.plusMonths(1)) {
        tally.add(person.id(), m.atDay(1), Counted.DEV_TIME_BUDGET_MINUTES, budgetMinutes);
      }
    }
  }
}
