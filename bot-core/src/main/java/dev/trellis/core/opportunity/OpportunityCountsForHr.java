package dev.trellis.core.opportunity;

import dev.trellis.core.feature.Counted;
import dev.trellis.core.feature.CountedFacts;
import dev.trellis.core.feature.FactTally;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What HR analytics counts of internal opportunities: each posting for the person who posted it (on
 * the day posted), each interest for the person who showed it, and each filling for the poster (on
 * the day filled), also counted as from another team when the poster said so. UTC days.
 */
final class OpportunityCountsForHr implements CountedFacts {

  private final Opportunities opportunities;
  private final OpportunityInterests interests;

  OpportunityCountsForHr(Opportunities opportunities, OpportunityInterests interests) {
    this.opportunities = opportunities;
    this.interests = interests;
  }

  @Override
  public void tally(OrgId orgId, LocalDate from, LocalDate to, FactTally tally) {
    for (Opportunity opportunity : opportunities.all(orgId)) {
      LocalDate posted = LocalDate.ofInstant(opportunity.postedAt(), ZoneOffset.UTC);
      if (!posted.isBefore(from) && !posted.isAfter(to)) {
        tally.add(opportunity.postedBy(), posted, Counted.OPPORTUNITY_POSTED);
      }
      if (opportunity.status() == Opportunity.Status.FILLED) {
        Opportunity.Ending ending = opportunity.ended().orElseThrow();
        LocalDate filled = LocalDate.ofInstant(ending.at(), ZoneOffset.UTC);
        if (!filled.isBefore(from) && !filled.isAfter(to)) {
          tally.add(opportunity.postedBy(), filled, Counted.OPPORTUNITY_FILLED);
          if (ending.fromAnotherTeam()) {
            tally.add(opportunity.postedBy(), filled, Counted.OPPORTUNITY_FILLED_ACROSS);
          }
        }
      }
    }
    interests.eachShownBetween(
        orgId,
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        interest ->
            tally.add(
                interest.personId(),
                LocalDate.ofInstant(interest.at(), ZoneOffset.UTC),
                Counted.OPPORTUNITY_INTEREST));
  }
}
