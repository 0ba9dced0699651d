package dev.trellis.core.erasure;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases one person everywhere ({@code forget-me}, the admin DELETE): every feature's {@link
 * PersonalErasure} in turn, with one anonymous id that stands in for the person in what stays
 * counted. The erasure of Trellis's own records ({@link ErasureFeature}) comes last, as it removes
 * the directory entry the others may still read.
 */
public final class ErasingPerson {

  private static final Logger log = LoggerFactory.getLogger(ErasingPerson.class);

  private final People people;
  private final Supplier<List<PersonalErasure>> erasures;

  /** {@code erasures}: the registered ones, in the features' order (read at each erasure). */
  public ErasingPerson(People people, Supplier<List<PersonalErasure>> erasures) {
    this.people = people;
    this.erasures = erasures;
  }

  /** Erases the person; false when the org has nobody with this id (then nothing changes). */
  public boolean erase(OrgId orgId, PersonId personId) {
    if (people.findById(orgId, personId).isEmpty()) {
      return false;
    }
    Erasure erasure = new Erasure(orgId, personId, anonymousId());
    for (PersonalErasure e : erasures.get()) {
      e.erase(erasure);
    }
    log.info("Erased a person of org {}", orgId.value());
    return true;
  }

  /** Erases the person with this directory entry. */
  public boolean erase(Person person) {
    return erase(person.orgId(), person.id());
  }

  private static PersonId anonymousId() {
    return new PersonId("erased-" + UUID.randomUUID());
  }
}
