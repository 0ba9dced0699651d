package dev.trellis.core.feature;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.Map;

/**
 * The other people an export names (whom an answer was shared with, a buddy, a 1:1 partner): their
 * id, and their name and email while they are in the directory. Never anything they wrote.
 */
public final class ExportedPeople {

  private final Map<PersonId, Person> known;

  private ExportedPeople(Map<PersonId, Person> known) {
    this.known = known;
  }

  public static ExportedPeople of(People people, OrgId orgId, Collection<PersonId> ids) {
    return new ExportedPeople(people.byIds(orgId, ids));
  }

  public Map<String, Object> named(PersonId id) {
    Person person = known.get(id);
    return ExportObject.of()
        .put("personId", id.value())
        .put("name", person == null ? null : person.name())
        .put("email", person == null ? null : person.email().value())
        .toMap();
  }
}
