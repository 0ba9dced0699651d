package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.opportunity.Opportunity;
import dev.trellis.core.opportunity.OpportunityButtons;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.step.NudgeDays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly opportunity digest on the real engine: on Monday at 10:00 in the person's zone,
 * through the nudge rule, with each match explained and its "I'm interested" button; each
 * opportunity once, none of the person's own team unless a role, and nothing at all when nothing
 * matches.
 */
class OpportunityDigestFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  /** Sunday 6 December 2026, before the week's digests. */
  static final Instant SUNDAY = Instant.parse("2026-12-06T12:00:00Z");

  static final String DIGEST = "Opportunities for your goals";

  EngineHarness trellis;
  final Person poster = person("pat", "Platform");
  final Person ana = person("ana", "Design");
  final Person bob = person("bob", "Platform");
  final Person carl = person("carl", "Sales");

  @Test
  void onMondayMorningEachPersonGetsTheOpportunitiesThatSuitTheirGoalsWithWhyAndAButton() {
    trellis.add(poster, ana, bob, carl);
    trellis.command(ana, "goal add Learn Kubernetes --direction lateral");
    trellis.command(bob, "goal add Run Kubernetes in production --direction stretch");
    trellis.command(carl, "goal add Speak at a sales conference --direction grow");
    Opportunity gig = post("Cluster upgrade", OpportunityKind.GIG, "kubernetes", "helm");
    Opportunity role = post("Platform engineer", OpportunityKind.ROLE, "kubernetes");

    List<Received> week = runUntil(Instant.parse("2026-12-08T00:00:00Z"));

    Received anas = only(week, ana);
    assertThat(localTime(anas, week)).isEqualTo(LocalTime.of(10, 0));
    OutboundMessage digest = anas.message();
    assertThat(digest.header()).contains(DIGEST);
    assertThat(digest.text())
        .contains("*1. Cluster upgrade* (Gig, closes 2026-12-31)")
        .contains(
            "Matches your goal *Learn Kubernetes*, lateral; skill: kubernetes; a gig fits lateral")
        .contains("*2. Platform engineer* (Role, closes 2026-12-31)")
        .doesNotContain("Run Kubernetes");
    assertThat(digest.buttons())
        .extracting(Button::label, b -> b.actionId().value(), Button::value)
        .as("both kinds fit a lateral goal and match one skill: the newer first")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "I'm interested: Platform engineer",
                "opportunity.interested.1",
                new OpportunityButtons.Interest(role.id(), OptionalInt.of(1)).value()),
            org.assertj.core.groups.Tuple.tuple(
                "I'm interested: Cluster upgrade",
                "opportunity.interested.2",
                new OpportunityButtons.Interest(gig.id(), OptionalInt.of(1)).value()));
    assertThat(digest.buttons())
        .allSatisfy(b -> assertThat(OpportunityButtons.isInterested(b.actionId())).isTrue());

    Received bobs = only(week, bob);
    assertThat(bobs.message().text())
        .as("his own team's gig is left out, its role is not")
        .contains("Platform engineer")
        .doesNotContain("Cluster upgrade")
        .contains("Matches your goal *Run Kubernetes in production*, stretch");
    assertThat(week).noneMatch(r -> r.recipient().personId().equals(carl.id()));
    assertThat(week).noneMatch(r -> r.recipient().personId().equals(poster.id()));
    assertThat(outcomeOf(carl, "2026-W50")).isEqualTo("skipped: no longer needed");
    assertThat(outcomeOf(ana, "2026-W50")).isEqualTo("sent");
  }

  @Test
  void anOpportunityComesOnceAndAWeekWithNothingNewSendsNothing() {
    trellis.add(poster, ana);
    trellis.command(ana, "goal add Learn Kubernetes --direction lateral");
    post("Cluster upgrade", OpportunityKind.GIG, "kubernetes");

    List<Received> first = runUntil(Instant.parse("2026-12-08T00:00:00Z"));
    List<Received> second = runUntil(Instant.parse("2026-12-15T00:00:00Z"));
    post("Helm charts", OpportunityKind.SHADOWING, "kubernetes");
    List<Received> third = runUntil(Instant.parse("2026-12-22T00:00:00Z"));

    assertThat(only(first, ana).message().text()).contains("Cluster upgrade");
    assertThat(second).noneMatch(r -> isDigest(r.message()));
    assertThat(outcomeOf(ana, "2026-W51")).isEqualTo("skipped: no longer needed");
    assertThat(only(third, ana).message().text())
        .contains("Helm charts")
        .doesNotContain("Cluster upgrade");
  }

  @Test
  void aMondayThatAlreadyHadANudgeMovesTheDigestToTheNextFreeDayAndTheWeekStillHasOne() {
    trellis.add(poster, ana);
    trellis.command(ana, "goal add Learn Kubernetes --direction lateral");
    post("Cluster upgrade", OpportunityKind.GIG, "kubernetes");
    new MongoNudgeDays(mongo.db())
        .claim(
            List.of(
                new NudgeDays.Claim(
                    ACME, ana.id(), LocalDate.parse("2026-12-07"), "reflection:elsewhere")));

    List<Received> week = runUntil(Instant.parse("2026-12-14T00:00:00Z"));

    Received digest = only(week, ana);
    ZonedDateTime at = deliveredAt(digest, week).atZone(ana.timeZone());
    assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
  }

  @Test
  void aDigestWhoseOpportunitiesClosedBeforeItsTimeIsNotSent() {
    trellis.add(poster, ana);
    trellis.command(ana, "goal add Learn Kubernetes --direction lateral");
    Opportunity gig = post("Cluster upgrade", OpportunityKind.GIG, "kubernetes");
    trellis.opportunities.save(gig.closed(SUNDAY));

    List<Received> week = runUntil(Instant.parse("2026-12-08T00:00:00Z"));

    assertThat(week).noneMatch(r -> isDigest(r.message()));
    assertThat(outcomeOf(ana, "2026-W50")).isEqualTo("skipped: no longer needed");
  }

  @org.junit.jupiter.api.BeforeEach
  void startOnSunday() {
    trellis = new EngineHarness(mongo.db(), SUNDAY, "one", true);
  }

  // Helpers.

  private final List<Instant> deliveries = new ArrayList<>();

  /** Ticks every 30 minutes up to {@code until}; answers what was delivered meanwhile. */
  private List<Received> runUntil(Instant until) {
    List<Received> received = new ArrayList<>();
    while (trellis.clock.instant().isBefore(until)) {
      trellis.clock.advance(Duration.ofMinutes(30));
      int before = trellis.slack.received().size();
      trellis.tick(ACME);
      List<Received> all = trellis.slack.received();
      for (Received r : all.subList(before, all.size())) {
        received.add(r);
        deliveries.add(trellis.clock.instant());
      }
    }
    return received;
  }

  private Instant deliveredAt(Received received, List<Received> within) {
    int index = trellis.slack.received().indexOf(received);
    return deliveries.get(index);
  }

  private LocalTime localTime(Received received, List<Received> within) {
    return deliveredAt(received, within).atZone(ana.timeZone()).toLocalTime();
  }

  private static Received only(List<Received> received, Person person) {
    List<Received> digests =
        received.stream()
            .filter(r -> r.recipient().personId().equals(person.id()) && isDigest(r.message()))
            .toList();
    assertThat(digests).as(person.name() + "'s digests").hasSize(1);
    return digests.get(0);
  }

  private static boolean isDigest(OutboundMessage message) {
    return message.header().filter(DIGEST::equals).isPresent();
  }

  private String outcomeOf(Person person, String week) {
    Document done =
        mongo
            .db()
            .getCollection("steps_done")
            .find(new Document("_id", ACME.value() + "/oppdigest:" + person.id() + ":" + week))
            .first();
    assertThat(done).as(person.name() + "'s digest of " + week).isNotNull();
    return done.getString("outcome");
  }

  private Opportunity post(String title, OpportunityKind kind, String... skills) {
    return trellis.opportunities.post(
        ACME,
        new OpportunityDraft(
            poster.id(),
            title,
            kind,
            Optional.empty(),
            List.of(skills),
            Optional.empty(),
            LocalDate.parse("2026-12-31")),
        trellis.clock.instant());
  }

  private static Person person(String id, String department) {
    return aPerson()
        .withId(new PersonId(id))
        .withName(id.substring(0, 1).toUpperCase() + id.substring(1))
        .withEmail(id + "@acme.example")
        .withDepartment(department)
        .withSlackUserId("U" + id.toUpperCase())
        .withTimeZone("Europe/Berlin")
        .build();
  }
}
