package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortMember;
import dev.trellis.core.buddy.LeftOut;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoBuddyStoresTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  private static final CohortId LAB = new CohortId("lab");
  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private MongoCohorts cohorts;
  private MongoBuddyRounds rounds;

  @BeforeEach
  void stores() {
    cohorts = new MongoCohorts(mongo.db());
    rounds = new MongoBuddyRounds(mongo.db());
  }

  private static Cohort cohort(OrgId org, CohortId id, String name) {
    return new Cohort(id, org, name, 3, 2, LocalDate.parse("2026-12-01"), Cohort.Policy.OPT_OUT, 4);
  }

  @Test
  void aSavedCohortIsFoundAndListedInItsOrgOnly() {
    Cohort lab = cohort(ACME, LAB, "Career lab");
    cohorts.save(lab);
    cohorts.save(cohort(ACME, new CohortId("all"), "Everyone"));

    assertThat(cohorts.find(ACME, LAB)).hasValue(lab);
    assertThat(cohorts.find(GLOBEX, LAB)).isEmpty();
    assertThat(cohorts.list(ACME))
        .extracting(Cohort::name)
        .containsExactly("Career lab", "Everyone");
    assertThat(cohorts.list(GLOBEX)).isEmpty();
  }

  @Test
  void savingAgainReplacesTheCohort() {
    cohorts.save(cohort(ACME, LAB, "Career lab"));
    Cohort renamed = cohort(ACME, LAB, "Career lab 2027");

    cohorts.save(renamed);

    assertThat(cohorts.list(ACME)).containsExactly(renamed);
  }

  @Test
  void membersKeepTheirOwnStatePerCohort() {
    PersonId ada = new PersonId("ada");
    PersonId bo = new PersonId("bo");
    CohortMember paused =
        CohortMember.joined(ada).pausedUntil(LocalDate.parse("2026-12-15")).notWith(Set.of(bo));
    cohorts.saveMember(ACME, LAB, paused);
    cohorts.saveMember(ACME, LAB, CohortMember.joined(bo).leave());
    cohorts.saveMember(ACME, new CohortId("other"), CohortMember.joined(ada));

    assertThat(cohorts.member(ACME, LAB, ada)).hasValue(paused);
    assertThat(cohorts.member(GLOBEX, LAB, ada)).isEmpty();
    assertThat(cohorts.members(ACME, LAB))
        .containsExactlyInAnyOrder(paused, CohortMember.joined(bo).leave());
  }

  @Test
  void aRoundIsStoredOnceByNumberAndListedOldestFirst() {
    PersonId a = new PersonId("a");
    PersonId b = new PersonId("b");
    PersonId c = new PersonId("c");
    Instant at = Instant.parse("2026-12-01T09:00:00Z");
    BuddyRound second =
        new BuddyRound(
            ACME,
            LAB,
            2,
            List.of(new BuddyRound.Group(List.of(a, b), false)),
            List.of(new LeftOut(c, LeftOut.Reason.PAUSED, "paused until 2026-12-20")),
            at);
    BuddyRound first =
        new BuddyRound(
            ACME, LAB, 1, List.of(new BuddyRound.Group(List.of(a, c), false)), List.of(), at);

    assertThat(rounds.add(second)).isTrue();
    assertThat(rounds.add(first)).isTrue();
    assertThat(rounds.add(first)).isFalse();

    assertThat(rounds.find(ACME, LAB, 2)).hasValue(second);
    assertThat(rounds.find(GLOBEX, LAB, 2)).isEmpty();
    assertThat(rounds.find(ACME, LAB, 3)).isEqualTo(Optional.empty());
    assertThat(rounds.list(ACME, LAB)).containsExactly(first, second);
    assertThat(rounds.list(GLOBEX, LAB)).isEmpty();
    assertThat(mongo.db().getCollection(MongoSchema.BUDDY_ROUNDS).find().first().getString("_id"))
        .isEqualTo("acme/lab/2");
  }
}
