package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.Meetup;
import dev.trellis.core.buddy.MeetupActions;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.buddy.RoundFigures;
import dev.trellis.core.buddy.RunningBuddyRounds;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.Org;
import dev.trellis.core.outbox.RecordingPlatform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A cohort's rounds on its cadence: started on the round day, one nudge halfway for the groups that
 * have not met, "did it happen?" at the end, figures a few days later; each step once.
 */
class BuddyRoundCycleTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final CohortId LAB = new CohortId("lab");

  private final Person ada = person("ada", "Ada Lovelace", "Engineering");
  private final Person bo = person("bo", "Bo Li", "Design");
  private final Person cy = person("cy", "Cy Young", "Engineering");
  private final Person di = person("di", "Di Stone", "Design");

  private EngineHarness trellis;

  private static Person person(String id, String name, String department) {
    return aPerson()
        .withId(new PersonId(id))
        .withName(name)
        .withEmail(id + "@acme.example")
        .withDepartment(department)
        .withSlackUserId("U" + id.toUpperCase())
        .build();
  }

  @BeforeEach
  void setUp() {
    trellis = new EngineHarness(mongo.db(), Instant.parse("2026-11-30T12:00:00Z"), "one");
    trellis.add(ada, bo, cy, di);
    new MongoOrgs(mongo.db()).save(new Org(ACME, "Acme", Optional.empty(), Optional.empty()));
    trellis.cohorts.save(lab());
  }

  private static Cohort lab() {
    return new Cohort(
        LAB, ACME, "Career lab", 2, 4, LocalDate.parse("2026-12-01"), Cohort.Policy.OPT_OUT, 6);
  }

  @Test
  void aRoundWhoseStartWasCutShortIsFinishedByTheNextRunAndEachMessageGoesOutOnce() {
    moveTo("2026-12-01T07:00:00Z");
    // The same round started on another database: here only the round itself is stored, as when
    // the service was killed right after storing it.
    MongoDatabase elsewhere = mongo.emptyDatabase("cut-short");
    MongoSchema.ensureIndexes(elsewhere);
    EngineHarness other = new EngineHarness(elsewhere, trellis.clock.instant(), "other");
    other.add(ada, bo, cy, di);
    other.cohorts.save(lab());
    BuddyRound round = ((StartingBuddyRound.Started) other.startingRound.start(ACME, LAB)).round();
    assertThat(trellis.buddyRounds.add(round)).isTrue();
    assertThat(trellis.buddyRounds.summaries(ACME, LAB))
        .singleElement()
        .satisfies(s -> assertThat(s.startFinished()).isFalse());

    assertThat(trellis.runningRounds.run().started()).isZero();
    trellis.dispatcher.dispatchDue();
    trellis.runningRounds.run();
    trellis.dispatcher.dispatchDue();

    assertThat(trellis.slack.received())
        .extracting(r -> r.recipient().isGroup())
        .containsExactlyInAnyOrder(false, false, false, false, true, true);
    assertThat(trellis.buddyRounds.summaries(ACME, LAB))
        .singleElement()
        .satisfies(s -> assertThat(s.startFinished()).isTrue());
    assertThat(buddyOf(ada)).isIn(bo, cy, di);
  }

  @Test
  void aRoundStartsOnItsDayNudgesHalfwayAsksAtTheEndAndRecordsItsFigures() {
    assertThat(trellis.runningRounds.run().started()).isZero();

    moveTo("2026-12-01T00:05:00Z");
    assertThat(trellis.runningRounds.run().started()).isEqualTo(1);
    assertThat(trellis.runningRounds.run().started()).isZero();
    // Midnight in Berlin is quiet: intros and group DMs wait for the morning.
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.slack.received()).isEmpty();
    moveTo("2026-12-01T07:00:00Z");
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.slack.received())
        .extracting(r -> r.recipient().isGroup())
        .containsExactlyInAnyOrder(false, false, false, false, true, true);

    Person partner = buddyOf(ada);
    Person[] others =
        List.of(bo, cy, di).stream().filter(p -> !p.equals(partner)).toArray(Person[]::new);
    trellis.buddy(ada, "done");

    moveTo("2026-12-15T00:04:00Z");
    assertThat(trellis.runningRounds.run().nudged()).isZero();
    moveTo("2026-12-15T08:00:00Z");
    RunningBuddyRounds.Report halfway = trellis.runningRounds.run();
    assertThat(halfway.nudged()).isEqualTo(2);
    assertThat(trellis.runningRounds.run().nudged()).isZero();
    // The nudges are steps of the one nudge rule: the step runner sends them.
    trellis.runner.runDue();
    trellis.dispatcher.dispatchDue();
    assertThat(trellis.lastReceivedBy(others[0]).message().text())
        .startsWith("Round 1 of Career lab is halfway through and you and " + others[1].name());
    assertThat(trellis.receivedBy(ada).stream().map(r -> r.message().header()))
        .doesNotContain(Optional.of("Career buddies: halfway through the round"));

    moveTo("2026-12-29T08:00:00Z");
    RunningBuddyRounds.Report end = trellis.runningRounds.run();
    assertThat(end.asked()).isEqualTo(2);
    assertThat(end.started()).isEqualTo(1);
    trellis.dispatcher.dispatchDue();
    RecordingPlatform.Received question =
        trellis.receivedBy(others[0]).stream()
            .filter(r -> r.message().header().equals(Optional.of("Career buddies: did you meet?")))
            .findFirst()
            .orElseThrow();
    assertThat(question.message().text())
        .isEqualTo("Round 1 of Career lab has ended. Did you meet " + others[1].name() + "?");
    Response answered = trellis.press(others[0], question, MeetupActions.MET.value());
    assertThat(((Response.Reply) answered).replacesOriginal()).isTrue();
    assertThat(trellis.receivedBy(ada))
        .noneMatch(r -> r.message().header().equals(Optional.of("Career buddies: did you meet?")));

    moveTo("2027-01-01T08:00:00Z");
    assertThat(trellis.runningRounds.run().recorded()).isEqualTo(1);
    assertThat(trellis.runningRounds.run().recorded()).isZero();
    RoundFigures figures = trellis.buddyRounds.summaries(ACME, LAB).get(0).figures().orElseThrow();
    assertThat(figures)
        .extracting(
            RoundFigures::groups,
            RoundFigures::met,
            RoundFigures::skipped,
            RoundFigures::notMet,
            RoundFigures::answeredYes,
            RoundFigures::answeredNo)
        .containsExactly(2, 2, 0, 0, 1, 0);
    List<BuddyRounds.Summary> summaries = trellis.buddyRounds.summaries(ACME, LAB);
    assertThat(summaries).extracting(BuddyRounds.Summary::number).containsExactly(1, 2);
    assertThat(summaries.get(1).figures()).isEmpty();
  }

  @Test
  void aHalfwayNudgeForAGroupThatMetSinceItWasPlannedIsDroppedWithoutTakingTheirDay() {
    moveTo("2026-12-01T00:05:00Z");
    trellis.runningRounds.run();
    Person partner = buddyOf(ada);
    moveTo("2026-12-15T00:05:00Z");
    assertThat(trellis.runningRounds.run().nudged()).isEqualTo(4);

    trellis.buddy(ada, "done");
    moveTo("2026-12-15T08:00:00Z");
    trellis.runner.runDue();
    trellis.dispatcher.dispatchDue();

    LocalDate day = LocalDate.parse("2026-12-15");
    MongoNudgeDays days = new MongoNudgeDays(mongo.db());
    for (Person met : List.of(ada, partner)) {
      assertThat(trellis.receivedBy(met))
          .noneMatch(r -> r.message().header().orElse("").contains("halfway"));
      assertThat(days.claimed(ACME, met.id(), day, day)).isEmpty();
    }
    List.of(bo, cy, di).stream()
        .filter(p -> !p.equals(partner))
        .forEach(
            notYet -> {
              assertThat(trellis.receivedBy(notYet))
                  .anyMatch(
                      r ->
                          r.message()
                              .header()
                              .equals(Optional.of("Career buddies: halfway through the round")));
              assertThat(days.claimed(ACME, notYet.id(), day, day)).containsExactly(day);
            });
  }

  @Test
  void didYouMeetIsTakenOnlyOnceAskedOrOnceTheMeetupWasMarkedDone() {
    moveTo("2026-12-01T07:00:00Z");
    assertThat(trellis.runningRounds.run().started()).isEqualTo(1);
    Person partner = buddyOf(ada);
    Person other = List.of(bo, cy, di).stream().filter(p -> !p.equals(partner)).findFirst().get();

    Response early = trellis.press(other, question(meetupOf(other)), MeetupActions.NOT_MET.value());

    assertThat(((Response.Reply) early).message().text())
        .startsWith("This round is still on, so nothing was recorded");
    assertThat(meetupOf(other).stateOf(other.id()).happened()).isEmpty();

    trellis.buddy(ada, "done");
    Response afterDone = trellis.press(partner, question(meetupOf(ada)), MeetupActions.MET.value());

    assertThat(((Response.Reply) afterDone).replacesOriginal()).isTrue();
    assertThat(meetupOf(ada).stateOf(partner.id()).happened()).hasValue(true);
  }

  @Test
  void aRoundStartedByHandShortlyBeforeTheRoundDayTakesItsPlace() {
    moveTo("2026-11-29T10:00:00Z");
    trellis.startingRound.start(ACME, LAB);
    moveTo("2026-12-01T00:05:00Z");
    assertThat(trellis.runningRounds.run().started()).isZero();
  }

  @Test
  void aRoundDayMissedByMoreThanHalfACadenceIsLeftForTheNext() {
    moveTo("2026-12-15T00:05:00Z");
    assertThat(trellis.runningRounds.run().started()).isZero();
    moveTo("2026-12-29T00:05:00Z");
    assertThat(trellis.runningRounds.run().started()).isEqualTo(1);
  }

  @Test
  void anEmptyCohortStoresNoRound() {
    trellis.cohorts.save(
        new Cohort(
            new CohortId("empty"),
            ACME,
            "Nobody yet",
            2,
            4,
            LocalDate.parse("2026-12-01"),
            Cohort.Policy.OPT_IN,
            6));
    moveTo("2026-12-01T00:05:00Z");
    trellis.runningRounds.run();
    assertThat(trellis.buddyRounds.summaries(ACME, new CohortId("empty"))).isEmpty();
  }

  private Person buddyOf(Person person) {
    String status = ((Response.Reply) trellis.buddy(person, "status")).message().fallback();
    return List.of(ada, bo, cy, di).stream()
        .filter(p -> !p.equals(person) && status.contains("With " + p.name()))
        .findFirst()
        .orElseThrow();
  }

  private Meetup meetupOf(Person person) {
    return IntStream.range(0, 4)
        .mapToObj(g -> trellis.meetups.find(new MeetupId(ACME, LAB, 1, g)))
        .flatMap(Optional::stream)
        .filter(m -> m.includes(person.id()))
        .findFirst()
        .orElseThrow();
  }

  /** A "did you meet?" message for the meetup, as a forged or early press would carry. */
  private static OutboundMessage question(Meetup meetup) {
    return OutboundMessage.builder("Did you meet?")
        .button(
            new Button(MeetupActions.MET, "Yes, we met", meetup.id().value(), Button.Style.PRIMARY))
        .button(new Button(MeetupActions.NOT_MET, "No", meetup.id().value(), Button.Style.DEFAULT))
        .build();
  }

  private void moveTo(String instant) {
    trellis.clock.advance(Duration.between(trellis.clock.instant(), Instant.parse(instant)));
  }
}
