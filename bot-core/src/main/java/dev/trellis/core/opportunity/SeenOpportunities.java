package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The opportunities each person has been shown in a digest, so none comes twice. Only ids: nothing
 * of the person's goals is kept.
 */
public interface SeenOpportunities {

  /** What each of the people has seen; a person who has seen nothing is left out. */
  Map<PersonId, Set<OpportunityId>> seenBy(OrgId orgId, Collection<PersonId> people);

  /** Adds to what each person has seen, in one write for all of them. */
  void markSeen(OrgId orgId, Map<PersonId, ? extends Collection<OpportunityId>> shown);

  /** Forgets what the person has seen. */
  void eraseOf(OrgId orgId, PersonId personId);
}
