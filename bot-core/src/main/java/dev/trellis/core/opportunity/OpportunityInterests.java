package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The interest people showed in opportunities. */
public interface OpportunityInterests {

  /** Stores a new interest; false (and nothing changes) when the person showed it before. */
  boolean add(OpportunityInterest interest);

  /** Stores a changed interest (told to a manager). */
  void save(OpportunityInterest interest);

  Optional<OpportunityInterest> find(OrgId orgId, OpportunityId opportunity, PersonId person);

  /** The interest shown in one opportunity, oldest first. */
  List<OpportunityInterest> in(OrgId orgId, OpportunityId opportunity);

  /** The interest the person showed, oldest first. */
  List<OpportunityInterest> of(OrgId orgId, PersonId person);

  /** How many interests were shown in the org in {@code [from, to)}. */
  long countShown(OrgId orgId, Instant from, Instant to);

  /** Each interest shown in the org from {@code from} (included) to {@code to}. */
  void eachShownBetween(OrgId orgId, Instant from, Instant to, Consumer<OpportunityInterest> each);

  /**
   * Erasure: the interest the person showed stays counted under the anonymous id; a manager told of
   * someone's interest who is erased is named by the anonymous id.
   */
  void eraseOf(Erasure erasure);
}
