package dev.trellis.core.devtime;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.privacy.SmallCounts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an admin sees of development time: for the whole org and each department, how many people
 * logged time in a month and how many hours, against the budget. Aggregates only: a group is shown
 * only when it counts at least {@value SmallCounts#MIN_PEOPLE} people and its counts pass {@link
 * SmallCounts}; the hours show only where the people who logged them are counted. Never a name,
 * never a text.
 */
public final class DevTimeReport {

  /** One group: its figures, or empty ones where they are suppressed. */
  public record Group(
      String group,
      boolean suppressed,
      Optional<Integer> peopleLogging,
      Optional<Integer> peopleNotLogging,
      Optional<Double> hoursLogged) {}

  /** The month's report. */
  public record Report(YearMonth month, int budgetHours, int minGroupSize, List<Group> groups) {}

  private final People people;
  private final DevTimeEntries entries;
  private final OrgSettingsStore settings;

  public DevTimeReport(People people, DevTimeEntries entries, OrgSettingsStore settings) {
    this.people = people;
    this.entries = entries;
    this.settings = settings;
  }

  public Report of(OrgId orgId, YearMonth month) {
    Map<PersonId, Integer> minutes = entries.minutesByPerson(orgId, month);
    List<Person> everyone = people.findAll(orgId);
    List<Group> groups = new ArrayList<>();
    groups.add(group("Everyone", everyone, minutes));
    Map<String, List<Person>> departments = new TreeMap<>();
    for (Person person : everyone) {
      person
          .department()
          .filter(d -> !d.isBlank())
          .ifPresent(d -> departments.computeIfAbsent(d, k -> new ArrayList<>()).add(person));
    }
    departments.forEach((name, members) -> groups.add(group(name, members, minutes)));
    return new Report(
        month, settings.find(orgId).devTime().monthlyHours(), SmallCounts.MIN_PEOPLE, groups);
  }

  private static Group group(String name, List<Person> members, Map<PersonId, Integer> minutes) {
    int logging = 0;
    int total = 0;
    for (Person person : members) {
      int theirs = minutes.getOrDefault(person.id(), 0);
      if (theirs > 0) {
        logging++;
        total += theirs;
      }
    }
    Map<String, SmallCounts.Cell> cells = new LinkedHashMap<>();
    cells.put("logging", SmallCounts.Cell.ofPeople(logging));
    cells.put("notLogging", SmallCounts.Cell.ofPeople(members.size() - logging));
    Map<String, Optional<Integer>> shown = SmallCounts.shown(members.size(), cells);
    Optional<Integer> shownLogging = shown.get("logging");
    Optional<Double> hours =
        shownLogging.filter(n -> n >= SmallCounts.MIN_PEOPLE).isPresent()
            ? Optional.of(Math.round(total / 6.0) / 10.0)
            : Optional.empty();
    boolean suppressed = shownLogging.isEmpty() && shown.get("notLogging").isEmpty();
    return new Group(name, suppressed, shownLogging, shown.get("notLogging"), hours);
  }
}
