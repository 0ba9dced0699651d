package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.opportunity.OpportunityId;
import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each person was shown adds up, is read for many at once, stays in its org and is erased. */
class MongoSeenOpportunitiesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");
  static final PersonId RITA = new PersonId("rita");
  static final PersonId BOB = new PersonId("bob");

  MongoSeenOpportunities seen;

  @BeforeEach
  void givenTheStore() {
    seen = new MongoSeenOpportunities(mongo.db());
  }

  @Test
  void whatWasShownAddsUpWithoutRepeatsAndIsReadForManyPeopleAtOnce() {
    seen.markSeen(ACME, Map.of(RITA, List.of(id(ACME, 1), id(ACME, 2)), BOB, List.of(id(ACME, 2))));
    seen.markSeen(ACME, Map.of(RITA, List.of(id(ACME, 2), id(ACME, 3))));
    seen.markSeen(GLOBEX, Map.of(RITA, List.of(id(GLOBEX, 9))));

    Map<PersonId, java.util.Set<OpportunityId>> found =
        seen.seenBy(ACME, List.of(RITA, BOB, new PersonId("nobody")));

    assertThat(found).containsOnlyKeys(RITA, BOB);
    assertThat(found.get(RITA)).containsExactlyInAnyOrder(id(ACME, 1), id(ACME, 2), id(ACME, 3));
    assertThat(found.get(BOB)).containsExactly(id(ACME, 2));
    assertThat(mongo.db().getCollection("opportunity_seen").find().first().keySet())
        .containsExactlyInAnyOrder("_id", "orgId", "personId", "numbers");
  }

  @Test
  void anotherOrgsOpportunityIsRefusedAndErasingForgetsOnlyThatPerson() {
    assertThatThrownBy(() -> seen.markSeen(ACME, Map.of(RITA, List.of(id(GLOBEX, 1)))))
        .isInstanceOf(CrossOrgWriteException.class);
    seen.markSeen(ACME, Map.of(RITA, List.of(id(ACME, 1)), BOB, List.of(id(ACME, 1))));

    seen.eraseOf(ACME, RITA);

    assertThat(seen.seenBy(ACME, List.of(RITA, BOB))).containsOnlyKeys(BOB);
  }

  private static OpportunityId id(OrgId org, int number) {
    return OpportunityId.of(org, number);
  }
}
