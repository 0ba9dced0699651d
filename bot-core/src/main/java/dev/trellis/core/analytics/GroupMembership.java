package dev.trellis.core.analytics;

import dev.trellis.core.directory.ErasedPerson;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who belongs to which group: people by their current department or manager, and the anonymous
 * stand-ins of erased people by the department and manager they had, so their counted records stay
 * in their group. A manager group is the manager's reports, named by the manager.
 */
final class GroupMembership {

  static final String NONE = "none";
  private static final String DEPARTMENT = "department:";
  private static final String MANAGER = "manager:";

  private final Map<PersonId, String> groupOf = new HashMap<>();
  private final Map<String, Integer> sizes = new TreeMap<>();
  private final Map<String, String> labels = new HashMap<>();

  private GroupMembership() {}

  static GroupMembership of(Grouping grouping, List<Person> people, List<ErasedPerson> erased) {
    GroupMembership membership = new GroupMembership();
    Map<PersonId, String> names = new HashMap<>();
    people.forEach(p -> names.put(p.id(), p.name()));
    for (Person person : people) {
      membership.add(person.id(), key(grouping, person.department(), person.managerId()));
    }
    for (ErasedPerson stand : erased) {
      membership.add(stand.anonymousId(), key(grouping, stand.department(), stand.managerId()));
    }
    membership.sizes.keySet().forEach(k -> membership.labels.put(k, label(grouping, k, names)));
    return membership;
  }

  private static String key(
      Grouping grouping, Optional<String> department, Optional<PersonId> managerId) {
    return switch (grouping) {
      case ORG -> "org";
      case DEPARTMENT -> department.map(d -> DEPARTMENT + d).orElse(NONE);
      case MANAGER -> managerId.map(m -> MANAGER + m.value()).orElse(NONE);
    };
  }

  private static String label(Grouping grouping, String key, Map<PersonId, String> names) {
    return switch (grouping) {
      case ORG -> "Whole organisation";
      case DEPARTMENT -> key.equals(NONE) ? "No department" : key.substring(DEPARTMENT.length());
      case MANAGER ->
          key.equals(NONE)
              ? "No manager"
              : Optional.ofNullable(names.get(new PersonId(key.substring(MANAGER.length()))))
                  .map(name -> "Reports of " + name)
                  .orElse("Reports of a former manager");
    };
  }

  private void add(PersonId personId, String group) {
    groupOf.put(personId, group);
    sizes.merge(group, 1, Integer::sum);
  }

  /** The group of a person or stand-in; empty for anyone the org no longer knows. */
  Optional<String> groupOf(PersonId personId) {
    return Optional.ofNullable(groupOf.get(personId));
  }

  Map<PersonId, String> members() {
    return groupOf;
  }

  /** Each group's people, by group key in key order. */
  Map<String, Integer> sizes() {
    return sizes;
  }

  String label(String group) {
    return labels.get(group);
  }
}
