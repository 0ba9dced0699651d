package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.opportunity.Opportunity;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Opportunities are numbered per org for good and read back as posted, open or ended. */
class MongoOpportunitiesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");
  static final PersonId NINA = new PersonId("nina");
  static final PersonId ALEX = new PersonId("alex");
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-12-07");

  MongoOpportunities opportunities;

  @BeforeEach
  void givenTheStore() {
    opportunities = new MongoOpportunities(mongo.db());
  }

  static OpportunityDraft draft(String title, LocalDate closesOn) {
    return new OpportunityDraft(
        NINA,
        title,
        OpportunityKind.STRETCH_PROJECT,
        Optional.of("Platform"),
        List.of("Kubernetes", " kubernetes ", "Go"),
        Optional.of("4h a week for 6 weeks"),
        closesOn);
  }

  @Test
  void anOpportunityReadsBackAsPostedWithItsSkillsAsLowerCaseTagsWithoutRepeats() {
    Opportunity posted = opportunities.post(ACME, draft("Run the cluster upgrade", TODAY), NOW);

    Opportunity read = opportunities.findByNumber(ACME, 1).orElseThrow();

    assertThat(read).isEqualTo(posted);
    assertThat(read.skills()).containsExactly("kubernetes", "go");
    assertThat(read.team()).contains("Platform");
    assertThat(read.isOpenOn(TODAY)).isTrue();
    assertThat(read.isOpenOn(TODAY.plusDays(1))).isFalse();
    assertThat(opportunities.findByNumber(GLOBEX, 1)).isEmpty();
  }

  @Test
  void numbersCountOnPerOrgAndStayDistinctUnderConcurrentPosts() throws Exception {
    opportunities.post(GLOBEX, draft("Elsewhere", TODAY), NOW);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Opportunity>> posts =
          IntStream.range(0, 12)
              .mapToObj(
                  i -> pool.submit(() -> opportunities.post(ACME, draft("Gig " + i, TODAY), NOW)))
              .toList();
      List<Integer> numbers = posts.stream().map(f -> join(f).number()).sorted().toList();
      assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void openOnLeavesOutEndedOnesAndThosePastTheirClosingDay() {
    Opportunity closed = opportunities.post(ACME, draft("Closed", TODAY.plusDays(9)), NOW);
    Opportunity filled = opportunities.post(ACME, draft("Filled", TODAY.plusDays(9)), NOW);
    opportunities.post(ACME, draft("Past", TODAY.minusDays(1)), NOW);
    opportunities.post(ACME, draft("Last day", TODAY), NOW);
    opportunities.post(GLOBEX, draft("Other org", TODAY.plusDays(9)), NOW);
    opportunities.save(closed.closed(NOW));
    opportunities.save(filled.filled(ALEX, true, NOW));

    assertThat(opportunities.openOn(ACME, TODAY))
        .extracting(Opportunity::title)
        .containsExactly("Last day");
    assertThat(opportunities.all(ACME))
        .extracting(Opportunity::number, Opportunity::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Opportunity.Status.CLOSED),
            org.assertj.core.groups.Tuple.tuple(2, Opportunity.Status.FILLED),
            org.assertj.core.groups.Tuple.tuple(3, Opportunity.Status.OPEN),
            org.assertj.core.groups.Tuple.tuple(4, Opportunity.Status.OPEN));
    Opportunity.Ending ending =
        opportunities.findByNumber(ACME, 2).orElseThrow().ended().orElseThrow();
    assertThat(ending.filledBy()).contains(ALEX);
    assertThat(ending.fromAnotherTeam()).isTrue();
  }

  @Test
  void anEndedOpportunityCannotEndAgain() {
    Opportunity closed = opportunities.post(ACME, draft("Once", TODAY), NOW).closed(NOW);

    assertThatThrownBy(() -> closed.filled(ALEX, false, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
