package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Optional;

/**
 * The buddy cohorts of each org and their members' own states. Every method is scoped to one org: a
 * cohort of another org is never found, changed or listed.
 */
public interface Cohorts {

  /** Stores a new cohort or replaces the one with its id. */
  void save(Cohort cohort);

  Optional<Cohort> find(OrgId orgId, CohortId id);

  /** The org's cohorts, by name. */
  List<Cohort> list(OrgId orgId);

  /** Everyone with a stored state in the cohort (joined or left), in no particular order. */
  List<CohortMember> members(OrgId orgId, CohortId id);

  Optional<CohortMember> member(OrgId orgId, CohortId id, PersonId personId);

  /** Stores or replaces one member's state. */
  void saveMember(OrgId orgId, CohortId id, CohortMember member);

  /** Erasure: the person leaves their cohorts; what names them elsewhere names the anonymous id. */
  void eraseOf(Erasure erasure);
}
