package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.ManagerChange;
import dev.trellis.core.directory.ManagerChanges;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.OrgId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports an org's people from CSV. The file is checked whole first; if any row is wrong nothing is
 * stored. Re-importing updates people by email and leaves people who are not in the file alone; a
 * report whose manager it changes from one person to another is told of it ({@link
 * ManagerChanges}).
 */
public final class ImportingPeople {

  static final CsvSheet.Columns COLUMNS =
      new CsvSheet.Columns(
          List.of("email", "name", "time_zone"),
          List.of(
              "manager_email",
              "department",
              "working_days",
              "slack_user_id",
              "teams_aad_object_id",
              "quiet_hours"));

  private final People people;
  private final ManagerChanges managerChanges;

  public ImportingPeople(People people, ManagerChanges managerChanges) {
    this.people = people;
    this.managerChanges = managerChanges;
  }

  public ImportOutcome importCsv(OrgId orgId, String csv) {
    CsvSheet.Result sheet = CsvSheet.read(csv, COLUMNS);
    if (sheet instanceof CsvSheet.Result.Unreadable unreadable) {
      return ImportErrors.of(unreadable.errors());
    }
    List<CsvSheet.Row> rows = ((CsvSheet.Result.Readable) sheet).rows();
    Map<Email, Person> existing = new HashMap<>();
    people.findAll(orgId).forEach(p -> existing.put(p.email(), p));

    ImportErrors errors = new ImportErrors();
    List<PersonRow> parsed = new ArrayList<>();
    for (CsvSheet.Row row : rows) {
      PersonRow.parse(row, errors).ifPresent(parsed::add);
    }
    List<PersonRow> unique = new PeopleRules(parsed, existing, errors).check();
    if (!errors.isEmpty()) {
      return errors.rejected();
    }
    return store(orgId, unique, existing);
  }

  private ImportOutcome store(OrgId orgId, List<PersonRow> rows, Map<Email, Person> existing) {
    Map<Email, PersonId> ids = new HashMap<>();
    existing.forEach((email, person) -> ids.put(email, person.id()));
    rows.forEach(row -> ids.computeIfAbsent(row.email(), e -> PersonId.random()));

    List<Person> changed = new ArrayList<>();
    List<ManagerChange> newManagers = new ArrayList<>();
    int created = 0;
    int updated = 0;
    for (PersonRow row : rows) {
      Optional<Person> before = Optional.ofNullable(existing.get(row.email()));
      Person after = row.toPerson(orgId, ids, before);
      if (before.isEmpty()) {
        created++;
        changed.add(after);
      } else if (!before.get().equals(after)) {
        updated++;
        changed.add(after);
        managerChange(before.get(), after).ifPresent(newManagers::add);
      }
    }
    people.saveAll(orgId, changed);
    if (!newManagers.isEmpty()) {
      managerChanges.managersChanged(orgId, newManagers);
    }
    return new ImportOutcome.Imported(created, updated, rows.size() - created - updated);
  }

  /** A manager replaced by another; gaining a first manager or losing one is not a change. */
  private static Optional<ManagerChange> managerChange(Person before, Person after) {
    if (before.managerId().isEmpty()
        || after.managerId().isEmpty()
        || before.managerId().equals(after.managerId())) {
      return Optional.empty();
    }
    return Optional.of(new ManagerChange(after, before.managerId().get(), after.managerId().get()));
  }

  /** One row that parsed; fields the file leaves out keep what is stored. */
  record PersonRow(
      int line,
      Email email,
      String name,
      Optional<Optional<Email>> managerEmail,
      Optional<Optional<String>> department,
      ZoneId timeZone,
      Optional<WorkingDays> workingDays,
      Optional<QuietHours> quietHours,
      Optional<String> slackUserId,
      Optional<String> teamsAadObjectId) {

    static Optional<PersonRow> parse(CsvSheet.Row row, ImportErrors errors) {
      return new PersonRowParser(row, errors).parse();
    }

    Person toPerson(OrgId orgId, Map<Email, PersonId> ids, Optional<Person> before) {
      PersonId id = ids.get(email);
      return new Person(
          id,
          orgId,
          email,
          name,
          managerEmail
              .map(manager -> manager.map(ids::get))
              .orElseGet(() -> before.flatMap(Person::managerId)),
          department.orElseGet(() -> before.flatMap(Person::department)),
          timeZone,
          workingDays
              .or(() -> before.map(Person::workingDays))
              .orElse(WorkingDays.MONDAY_TO_FRIDAY),
          quietHours.or(() -> before.map(Person::quietHours)).orElse(QuietHours.DEFAULT),
          slackUserId.or(() -> before.flatMap(Person::slackUserId)),
          teamsAadObjectId.or(() -> before.flatMap(Person::teamsAadObjectId)));
    }
  }
}
