package dev.trellis.core.step;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.Map;

/** Each person's own settings; a person who never changed anything has the defaults. */
public interface PeopleSettings {

  PersonSettings find(OrgId orgId, PersonId personId);

  /** The settings of everyone in the org who changed something; others have the defaults. */
  Map<PersonId, PersonSettings> changedIn(OrgId orgId);

  /** The settings of those of {@code personIds} who changed something; others have the defaults. */
  Map<PersonId, PersonSettings> findAll(OrgId orgId, Collection<PersonId> personIds);

  void save(OrgId orgId, PersonId personId, PersonSettings settings);

  /** Erasure: the person's settings are gone (they are back to the defaults). */
  void remove(OrgId orgId, PersonId personId);
}
