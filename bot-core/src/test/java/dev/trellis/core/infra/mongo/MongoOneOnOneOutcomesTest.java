package dev.trellis.core.infra.mongo;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.oneonone.OneOnOneOutcome;
import dev.trellis.core.oneonone.Outcome;
import dev.trellis.core.oneonone.OutcomeCounts;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOneOnOneOutcomesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant NOW = Instant.parse("2026-11-19T15:20:00Z");
  static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);

  private final OneOnOneId weekly = OneOnOneId.random();
  private final PersonId maya = PersonId.random();
  private final PersonId alice = PersonId.random();

  private MongoOneOnOneOutcomes outcomes;

  @BeforeEach
  void setUp() {
    outcomes = new MongoOneOnOneOutcomes(mongo.db());
  }

  @Test
  void theFirstOutcomeOfAPersonAndOccurrenceWinsAndTheSecondIsRefused() {
    assertThat(outcomes.recordFirst(outcome(ACME, NOV_19, maya, Outcome.DID))).isTrue();
    assertThat(outcomes.recordFirst(outcome(ACME, NOV_19, maya, Outcome.SKIPPED))).isFalse();
    assertThat(outcomes.recordFirst(outcome(ACME, NOV_19, alice, Outcome.MOVED))).isTrue();

    assertThat(outcomes.find(ACME, weekly, NOV_19, maya))
        .hasValue(outcome(ACME, NOV_19, maya, Outcome.DID));
    assertThat(outcomes.find(ACME, weekly, NOV_19, alice))
        .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo(Outcome.MOVED));
    assertThat(outcomes.find(ACME, weekly, NOV_19.plusWeeks(1), maya)).isEmpty();
  }

  @Test
  void anotherOrgNeitherSeesNorCountsTheOutcomes() {
    outcomes.recordFirst(outcome(ACME, NOV_19, maya, Outcome.DID));

    assertThat(outcomes.find(GLOBEX, weekly, NOV_19, maya)).isEmpty();
    assertThat(outcomes.countBetween(GLOBEX, NOV_19, NOV_19).total()).isZero();
  }

  @Test
  void theCountsTakeEveryOutcomeDatedInTheRangeBothEndsIncluded() {
    outcomes.recordFirst(outcome(ACME, LocalDate.of(2026, 10, 31), maya, Outcome.DID));
    outcomes.recordFirst(outcome(ACME, LocalDate.of(2026, 11, 1), maya, Outcome.DID));
    outcomes.recordFirst(outcome(ACME, LocalDate.of(2026, 11, 1), alice, Outcome.DID));
    outcomes.recordFirst(outcome(ACME, LocalDate.of(2026, 11, 12), alice, Outcome.SKIPPED));
    outcomes.recordFirst(outcome(ACME, LocalDate.of(2026, 11, 30), maya, Outcome.MOVED));
    outcomes.recordFirst(outcome(ACME, LocalDate.of(2026, 12, 1), maya, Outcome.SKIPPED));
    outcomes.recordFirst(outcome(GLOBEX, LocalDate.of(2026, 11, 12), maya, Outcome.DID));

    OutcomeCounts november =
        outcomes.countBetween(ACME, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    assertThat(november.of(Outcome.DID)).isEqualTo(2);
    assertThat(november.of(Outcome.SKIPPED)).isEqualTo(1);
    assertThat(november.of(Outcome.MOVED)).isEqualTo(1);
    assertThat(november.total()).isEqualTo(4);
    assertThat(outcomes.countBetween(ACME, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 11)))
        .isEqualTo(new OutcomeCounts(java.util.Map.of()));
    assertThat(
            outcomes
                .countBetween(ACME, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1))
                .total())
        .as("an empty range")
        .isZero();
  }

  private OneOnOneOutcome outcome(OrgId org, LocalDate date, PersonId person, Outcome outcome) {
    return new OneOnOneOutcome(org, weekly, date, person, outcome, NOW);
  }
}
