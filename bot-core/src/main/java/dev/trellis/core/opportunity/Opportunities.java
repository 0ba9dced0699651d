package dev.trellis.core.opportunity;

import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An org's internal opportunities. */
public interface Opportunities {

  /**
   * Stores a new open opportunity under the org's next number: 1, then 2, … Never the same number
   * twice in an org, even when two posts run at once.
   */
  Opportunity post(OrgId orgId, OpportunityDraft draft, Instant at);

  /** Stores a changed opportunity (closed or filled). */
  void save(Opportunity opportunity);

  Optional<Opportunity> findByNumber(OrgId orgId, int number);

  /** The org's opportunities open on {@code today} (not past their closing day), by number. */
  List<Opportunity> openOn(OrgId orgId, LocalDate today);

  /** All the org's opportunities, ended ones too, by number. */
  List<Opportunity> all(OrgId orgId);
}
