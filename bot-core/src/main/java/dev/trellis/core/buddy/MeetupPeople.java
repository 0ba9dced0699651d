package dev.trellis.core.buddy;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The people of some meetups, read from the directory in one go; members no longer in it are
 * skipped.
 */
final class MeetupPeople {

  private final Map<PersonId, Person> byId = new HashMap<>();

  private MeetupPeople(List<Person> found) {
    found.forEach(p -> byId.put(p.id(), p));
  }

  static MeetupPeople of(People people, OrgId orgId, Collection<Meetup> meetups) {
    Set<PersonId> ids = new HashSet<>();
    meetups.forEach(m -> ids.addAll(m.members()));
    return new MeetupPeople(people.findByIds(orgId, ids));
  }

  static MeetupPeople of(People people, Meetup meetup) {
    return new MeetupPeople(people.findByIds(meetup.id().orgId(), meetup.members()));
  }

  /** The person, or null when they are no longer in the directory. */
  Person get(PersonId id) {
    return byId.get(id);
  }

  /** These people, in their order, without those no longer in the directory. */
  List<Person> all(Collection<PersonId> ids) {
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The meetup's members other than {@code member}. */
  List<Person> othersThan(Meetup meetup, PersonId member) {
    return all(meetup.othersThan(member));
  }
}
