package dev.trellis.core.opportunity;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.PersonalData;
import dev.trellis.core.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the feature keeps of a person: the interest they showed (theirs: exported and erased) and
 * the opportunities they posted (org postings: exported, and kept on erasure with the poster
 * replaced by {@link #ERASED}; an open one is closed, as nobody is left to answer interest). An
 * opportunity they filled keeps being counted as filled, from another team or not, with the filler
 * replaced by {@link #ERASED} too.
 */
final class OpportunityData implements PersonalData {

  /** Who stands in for a person whose data was erased. */
  static final PersonId ERASED = new PersonId("erased");

  private final Opportunities opportunities;
  private final OpportunityInterests interests;
  private final People people;
  private final Clock clock;

  OpportunityData(
      Opportunities opportunities, OpportunityInterests interests, People people, Clock clock) {
    this.clock = clock;
    this.opportunities = opportunities;
    this.interests = interests;
    this.people = people;
  }

  @Override
  public List<Item> export(OrgId orgId, PersonId personId) {
    Map<OpportunityId, Opportunity> all =
        opportunities.all(orgId).stream()
            .collect(Collectors.toMap(Opportunity::id, Function.identity()));
    List<Item> items = new ArrayList<>();
    for (OpportunityInterest i : interests.of(orgId, personId)) {
      Optional<Opportunity> o = Optional.ofNullable(all.get(i.opportunityId()));
      items.add(
          new Item(
              "Interest in " + o.map(OpportunityWords::named).orElse(i.opportunityId().value()),
              "Shown "
                  + LocalDate.ofInstant(i.at(), ZoneOffset.UTC)
                  + (i.goalShown().isPresent()
                      ? "; the poster saw your goal " + i.goalShown().getAsInt()
                      : "; no goal shown")
                  + i.toldManager()
                      .map(m -> "; you told " + name(orgId, m))
                      .orElse("; no manager told")));
    }
    for (Opportunity o : all.values()) {
      if (o.postedBy().equals(personId)) {
        items.add(
            new Item(
                "You posted " + OpportunityWords.named(o),
                OpportunityWords.details(o)
                    + " ("
                    + o.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ")"));
      }
    }
    return items;
  }

  @Override
  public void erase(OrgId orgId, PersonId personId) {
    interests.eraseOf(orgId, personId);
    for (Opportunity o : opportunities.all(orgId)) {
      boolean posted = o.postedBy().equals(personId);
      boolean filled =
          o.ended().flatMap(Opportunity.Ending::filledBy).filter(personId::equals).isPresent();
      if (posted || filled) {
        opportunities.save(withoutPerson(o, personId, clock.instant()));
      }
    }
  }

  private static Opportunity withoutPerson(Opportunity o, PersonId personId, Instant now) {
    OpportunityDraft p = o.posting();
    OpportunityDraft posting =
        p.postedBy().equals(personId)
            ? new OpportunityDraft(
                ERASED, p.title(), p.kind(), p.team(), p.skills(), p.timeNeeded(), p.closesOn())
            : p;
    Optional<Opportunity.Ending> ended =
        o.ended()
            .map(
                e ->
                    new Opportunity.Ending(
                        e.at(),
                        e.filledBy().map(by -> by.equals(personId) ? ERASED : by),
                        e.fromAnotherTeam()));
    Opportunity kept =
        new Opportunity(o.id(), o.orgId(), o.number(), posting, o.status(), ended, o.postedAt());
    return kept.status() == Opportunity.Status.OPEN && p.postedBy().equals(personId)
        ? kept.closed(now)
        : kept;
  }

  private String name(OrgId orgId, PersonId id) {
    return people.findById(orgId, id).map(Person::name).orElse("a former manager");
  }
}
