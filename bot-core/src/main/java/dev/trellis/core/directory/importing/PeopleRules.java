package dev.trellis.core.directory.importing;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.importing.ImportingPeople.PersonRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules that span rows: one row per email, managers who exist, platform ids held by one person,
 * and a management chain without cycles once the file is merged with what is stored.
 */
final class PeopleRules {

  private final List<PersonRow> rows;
  private final Map<Email, Person> existing;
  private final ImportErrors errors;
  private Map<Email, PersonRow> byEmail = Map.of();

  PeopleRules(List<PersonRow> rows, Map<Email, Person> existing, ImportErrors errors) {
    this.rows = rows;
    this.existing = existing;
    this.errors = errors;
  }

  /** Reports every broken rule and answers the rows with the duplicates left out. */
  List<PersonRow> check() {
    byEmail = firstRowPerEmail();
    List<PersonRow> unique = new ArrayList<>(byEmail.values());
    checkManagersExist(unique);
    checkUniqueIds(unique, "slack_user_id", PersonRow::slackUserId, Person::slackUserId);
    checkUniqueIds(
        unique, "teams_aad_object_id", PersonRow::teamsAadObjectId, Person::teamsAadObjectId);
    checkNoCycles(unique);
    return unique;
  }

  private Map<Email, PersonRow> firstRowPerEmail() {
    Map<Email, PersonRow> byEmail = new LinkedHashMap<>();
    for (PersonRow row : rows) {
      PersonRow first = byEmail.putIfAbsent(row.email(), row);
      if (first != null) {
        errors.add(
            row.line(),
            "email",
            "duplicate email '" + row.email() + "' (first on line " + first.line() + ")");
      }
    }
    return byEmail;
  }

  private void checkManagersExist(List<PersonRow> unique) {
    for (PersonRow row : unique) {
      row.managerEmail()
          .flatMap(manager -> manager)
          .filter(m -> !byEmail.containsKey(m) && !existing.containsKey(m))
          .ifPresent(
              m ->
                  errors.add(
                      row.line(),
                      "manager_email",
                      "unknown manager '" + m + "': not in this file and not already in the org"));
    }
  }

  private void checkUniqueIds(
      List<PersonRow> unique,
      String column,
      Function<PersonRow, Optional<String>> inRow,
      Function<Person, Optional<String>> stored) {
    Map<String, Email> keptFromStore = new HashMap<>();
    for (Person person : existing.values()) {
      boolean replacedByFile =
          Optional.ofNullable(byEmail.get(person.email())).flatMap(inRow).isPresent();
      if (!replacedByFile) {
        stored.apply(person).ifPresent(id -> keptFromStore.put(id, person.email()));
      }
    }
    Map<String, PersonRow> seen = new HashMap<>();
    for (PersonRow row : unique) {
      Optional<String> id = inRow.apply(row);
      if (id.isEmpty()) {
        continue;
      }
      PersonRow first = seen.putIfAbsent(id.get(), row);
      Email holder = keptFromStore.get(id.get());
      if (first != null) {
        errors.add(row.line(), column, id.get() + " is also given on line " + first.line());
      } else if (holder != null && !holder.equals(row.email())) {
        errors.add(row.line(), column, id.get() + " already belongs to " + holder);
      }
    }
  }

  private void checkNoCycles(List<PersonRow> unique) {
    Map<PersonId, Email> emailOf = new HashMap<>();
    existing.values().forEach(p -> emailOf.put(p.id(), p.email()));
    Map<Email, Email> managerOf = new HashMap<>();
    existing
        .values()
        .forEach(p -> p.managerId().map(emailOf::get).ifPresent(m -> managerOf.put(p.email(), m)));
    for (PersonRow row : unique) {
      row.managerEmail()
          .ifPresent(
              manager -> {
                managerOf.remove(row.email());
                manager.ifPresent(m -> managerOf.put(row.email(), m));
              });
    }
    for (List<Email> cycle : new CycleFinder<>(managerOf).cycles()) {
      for (int i = 0; i < cycle.size(); i++) {
        PersonRow row = byEmail.get(cycle.get(i));
        if (row != null) {
          errors.add(row.line(), "manager_email", "management cycle: " + describe(cycle, i));
        }
      }
    }
  }

  /** The cycle as a chain that starts and ends at its member {@code from}. */
  private static String describe(List<Email> cycle, int from) {
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < cycle.size(); i++) {
      chain.append(cycle.get((from + i) % cycle.size())).append(" \u2192 ");
    }
    return chain.append(cycle.get(from)).toString();
  }
}
