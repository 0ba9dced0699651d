package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Set;

/**
 * The weekly opportunity digest: each person gets the open opportunities that suit their own open
 * goals ({@link OpportunityMatching}), at most once a week ({@link WeeklyDigestSteps}), through the
 * nudge rule, or nothing when nothing suits ({@link SendingOpportunityDigests}). Part of {@link
 * OpportunityFeature}, which registers it and answers its "I'm interested" buttons.
 */
public final class WeeklyDigest {

  private final SendingOpportunityDigests sending;
  private final SeenOpportunities seen;
  private final boolean weeklyDigest;

  /**
   * {@code weeklyDigest}: whether everyone's weekly digest is planned (the setting {@code
   * trellis.opportunities.weekly-digest}); digests put off earlier are sent either way.
   */
  public WeeklyDigest(
      SendingOpportunityDigests sending, SeenOpportunities seen, boolean weeklyDigest) {
    this.sending = sending;
    this.seen = seen;
    this.weeklyDigest = weeklyDigest;
  }

  void register(Routes routes) {
    SeenData data = new SeenData();
    routes.steps(sending).exports(data).erases(data);
    if (weeklyDigest) {
      routes.plans(new WeeklyDigestSteps());
    }
  }

  /** Which opportunities the person was shown, in their export, and gone with their data. */
  private final class SeenData implements PersonalExport, PersonalErasure {

    @Override
    public String section() {
      return "opportunitiesShownInDigests";
    }

    @Override
    public Object export(OrgId orgId, PersonId personId) {
      return seen.seenBy(orgId, List.of(personId)).getOrDefault(personId, Set.of()).stream()
          .map(OpportunityId::value)
          .sorted()
          .toList();
    }

    @Override
    public Set<String> collections() {
      return Set.of("opportunity_seen");
    }

    @Override
    public void erase(Erasure erasure) {
      seen.eraseOf(erasure.orgId(), erasure.personId());
    }
  }
}
