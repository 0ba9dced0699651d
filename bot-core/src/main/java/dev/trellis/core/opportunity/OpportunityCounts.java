package dev.trellis.core.opportunity;

import dev.trellis.core.org.OrgId;
import java.time.Instant;

/**
 * An org's opportunity figures over a time span: posted, interest shown, filled, and filled from
 * another team than the opportunity's (the internal-mobility figure). Counts only, never who.
 */
public record OpportunityCounts(
    long posted, long interestShown, long filled, long filledFromAnotherTeam) {

  /** Counts what happened in {@code [from, to)}: posts by their day, fills by theirs. */
  public static OpportunityCounts of(
      Opportunities opportunities,
      OpportunityInterests interests,
      OrgId orgId,
      Instant from,
      Instant to) {
    long posted = 0;
    long filled = 0;
    long fromAnotherTeam = 0;
    for (Opportunity o : opportunities.all(orgId)) {
      if (within(o.postedAt(), from, to)) {
        posted++;
      }
      if (o.status() == Opportunity.Status.FILLED
          && within(o.ended().orElseThrow().at(), from, to)) {
        filled++;
        fromAnotherTeam += o.ended().orElseThrow().fromAnotherTeam() ? 1 : 0;
      }
    }
    return new OpportunityCounts(
        posted, interests.countShown(orgId, from, to), filled, fromAnotherTeam);
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
