package dev.trellis.core.opportunity;

import dev.trellis.core.org.OrgId;
import java.util.Optional;

/** Finds the opportunity a button names, only within the presser's org. */
final class OpportunityRefs {

  private OpportunityRefs() {}

  /** The opportunity of this id in the org; empty when the id is of another org or none. */
  static Optional<Opportunity> find(Opportunities opportunities, OrgId orgId, OpportunityId id) {
    String prefix = orgId.value() + ":";
    String value = id.value();
    if (!value.startsWith(prefix) || !value.substring(prefix.length()).matches("[1-9][0-9]{0,8}")) {
      return Optional.empty();
    }
    return opportunities
        .findByNumber(orgId, Integer.parseInt(value.substring(prefix.length())))
        .filter(o -> o.id().equals(id));
  }
}
