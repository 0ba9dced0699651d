package dev.trellis.core.opportunity;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the feature keeps of a person: the interest they showed (theirs: exported and erased) and
 * the opportunities they posted (org postings: exported, and kept on erasure with the poster
 * replaced by the erasure's anonymous id and their title erased; an open one is closed, as nobody
 * is left to answer interest). An opportunity they filled keeps being counted as filled, from
 * another team or not, with the filler replaced by the anonymous id too.
 */
final class OpportunityData implements PersonalExport, PersonalErasure {

  /** What an erased poster's opportunity is called instead of the title they wrote. */
  static final String ERASED_TITLE = "(this text was erased)";

  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final Clock clock;

  OpportunityData(Opportunities opportunities, OpportunityInterests interests, Clock clock) {
    this.clock = clock;
    this.opportunities = opportunities;
    this.interests = interests;
  }

  @Override
  public String section() {
    return "opportunities";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    Map<OpportunityId, Opportunity> all =
        opportunities.all(orgId).stream()
            .collect(Collectors.toMap(Opportunity::id, Function.identity()));
    List<Object> shown =
        interests.of(orgId, personId).stream()
            .map(
                i ->
                    (Object)
                        ExportObject.of()
                            .put(
                                "opportunity",
                                Optional.ofNullable(all.get(i.opportunityId()))
                                    .map(OpportunityWords::named))
                            .put("at", i.at())
                            .put("goalShownToPoster", i.goalShown())
                            .put("managerTold", i.toldManager().map(PersonId::value))
                            .toMap())
            .toList();
    List<Object> posted =
        all.values().stream()
            .filter(o -> o.postedBy().equals(personId))
            .map(
                o ->
                    (Object)
                        ExportObject.of()
                            .put("number", o.number())
                            .put("title", o.posting().title())
                            .put("details", OpportunityWords.details(o))
                            .put("status", o.status())
                            .put("postedAt", o.postedAt())
                            .toMap())
            .toList();
    return ExportObject.of().put("interestShown", shown).put("posted", posted).toMap();
  }

  @Override
  public Set<String> collections() {
    return Set.of("opportunities", "opportunity_interests");
  }

  @Override
  public void erase(Erasure erasure) {
    OrgId orgId = erasure.orgId();
    PersonId personId = erasure.personId();
    interests.eraseOf(erasure);
    for (Opportunity o : opportunities.all(orgId)) {
      boolean posted = o.postedBy().equals(personId);
      boolean filled =
          o.ended().flatMap(Opportunity.Ending::filledBy).filter(personId::equals).isPresent();
      if (posted || filled) {
        opportunities.save(withoutPerson(o, erasure, clock.instant()));
      }
    }
  }

  private static Opportunity withoutPerson(Opportunity o, Erasure erasure, Instant now) {
    PersonId personId = erasure.personId();
    PersonId anonymous = erasure.anonymousId();
    OpportunityDraft p = o.posting();
    OpportunityDraft posting =
        p.postedBy().equals(personId)
            ? new OpportunityDraft(
                anonymous,
                ERASED_TITLE,
                p.kind(),
                p.team(),
                p.skills(),
                p.timeNeeded(),
                p.closesOn())
            : p;
    Optional<Opportunity.Ending> ended =
        o.ended()
            .map(
                e ->
                    new Opportunity.Ending(
                        e.at(),
                        e.filledBy().map(by -> by.equals(personId) ? anonymous : by),
                        e.fromAnotherTeam()));
    Opportunity kept =
        new Opportunity(o.id(), o.orgId(), o.number(), posting, o.status(), ended, o.postedAt());
    return kept.status() == Opportunity.Status.OPEN && p.postedBy().equals(personId)
        ? kept.closed(now)
        : kept;
  }
}
