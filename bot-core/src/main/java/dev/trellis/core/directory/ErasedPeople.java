package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.util.List;

/** The anonymous stand-ins of the people an org erased. */
public interface ErasedPeople {

  void add(ErasedPerson erased);

  List<ErasedPerson> of(OrgId orgId);

  /** An erased manager's anonymous id replaces their id in their former reports' stand-ins. */
  void replaceManager(OrgId orgId, PersonId managerId, PersonId anonymousId);
}
