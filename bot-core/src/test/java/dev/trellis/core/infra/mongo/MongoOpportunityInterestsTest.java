package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.opportunity.OpportunityId;
import dev.trellis.core.opportunity.OpportunityInterest;
import dev.trellis.core.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One interest per person and opportunity, read back as shown and told, within its org only. */
class MongoOpportunityInterestsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");
  static final PersonId RITA = new PersonId("rita");
  static final PersonId PETE = new PersonId("pete");
  static final PersonId NINA = new PersonId("nina");
  static final OpportunityId FIRST = OpportunityId.of(ACME, 1);
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  MongoOpportunityInterests interests;

  @BeforeEach
  void givenTheStore() {
    interests = new MongoOpportunityInterests(mongo.db());
  }

  @Test
  void aSecondInterestOfThePersonInTheSameOpportunityIsNotStored() {
    assertThat(interests.add(OpportunityInterest.shown(ACME, FIRST, RITA, OptionalInt.of(2), NOW)))
        .isTrue();
    assertThat(
            interests.add(
                OpportunityInterest.shown(
                    ACME, FIRST, RITA, OptionalInt.empty(), NOW.plusSeconds(60))))
        .isFalse();

    OpportunityInterest read = interests.find(ACME, FIRST, RITA).orElseThrow();
    assertThat(read.goalShown()).hasValue(2);
    assertThat(read.at()).isEqualTo(NOW);
    assertThat(read.isSharedWith(NINA)).isFalse();
    assertThat(interests.find(GLOBEX, FIRST, RITA)).isEmpty();
  }

  @Test
  void aToldManagerIsKeptAndErasureTakesOnlyThePersonsInterests() {
    interests.add(OpportunityInterest.shown(ACME, FIRST, RITA, OptionalInt.empty(), NOW));
    interests.add(
        OpportunityInterest.shown(
            ACME, OpportunityId.of(ACME, 2), RITA, OptionalInt.empty(), NOW.plusSeconds(5)));
    interests.add(OpportunityInterest.shown(ACME, FIRST, PETE, OptionalInt.empty(), NOW));
    interests.save(interests.find(ACME, FIRST, RITA).orElseThrow().toldTo(NINA));

    assertThat(interests.find(ACME, FIRST, RITA).orElseThrow().isSharedWith(NINA)).isTrue();
    assertThat(interests.in(ACME, FIRST)).hasSize(2);
    assertThat(interests.countShown(ACME, NOW, NOW.plus(Duration.ofSeconds(5)))).isEqualTo(2);

    interests.eraseOf(new Erasure(ACME, RITA, new PersonId("erased-1")));

    assertThat(interests.of(ACME, RITA)).isEmpty();
    assertThat(interests.of(ACME, new PersonId("erased-1"))).hasSize(2);
    assertThat(interests.countShown(ACME, NOW, NOW.plus(Duration.ofSeconds(5)))).isEqualTo(2);
    assertThat(interests.of(ACME, PETE)).hasSize(1);
  }
}
