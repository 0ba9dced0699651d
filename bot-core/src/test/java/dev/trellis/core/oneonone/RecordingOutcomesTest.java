package dev.trellis.core.oneonone;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.InMemoryOneOnOnes;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOneOnOneOutcomes;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Platform;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordingOutcomesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  /** Thursday 19 November, 10:20 in New York: during the 1:1's last 15 minutes. */
  static final Instant DURING = Instant.parse("2026-11-19T15:20:00Z");

  static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);

  private final InMemoryOneOnOnes oneOnOnes = new InMemoryOneOnOnes();
  private final Person maya = aPerson().withName("Maya").build();
  private final Person alice = aPerson().withName("Alice").withManager(maya).build();
  private final OneOnOne thursdays =
      new OneOnOne(
          OneOnOneId.random(),
          ACME,
          maya.id(),
          alice.id(),
          Cadence.WEEKLY,
          DayOfWeek.THURSDAY,
          LocalTime.of(10, 0),
          Duration.ofMinutes(30),
          ZoneId.of("America/New_York"),
          LocalDate.of(2026, 11, 12));
  private MongoOneOnOneOutcomes outcomes;
  private RecordingOutcomes recording;

  @BeforeEach
  void setUp() {
    oneOnOnes.saveAll(ACME, List.of(thursdays));
    outcomes = new MongoOneOnOneOutcomes(mongo.db());
    recording = new RecordingOutcomes(oneOnOnes, outcomes);
  }

  @Test
  void aPressIsRecordedForThePersonAndTheOccurrenceAndReplacesThePrompt() {
    Response response = press(alice, "oneonone.skipped", value(NOV_19), DURING);

    assertThat(response)
        .isEqualTo(Response.replace(OneOnOneMessages.recorded(Outcome.SKIPPED, NOV_19)));
    assertThat(outcomes.find(ACME, thursdays.id(), NOV_19, alice.id()))
        .hasValue(
            new OneOnOneOutcome(ACME, thursdays.id(), NOV_19, alice.id(), Outcome.SKIPPED, DURING));
  }

  @Test
  void anOccurrenceStillToComeCannotBeRecorded() {
    Response response = press(maya, "oneonone.did", value(NOV_19.plusWeeks(1)), DURING);

    assertThat(text(response))
        .isEqualTo("That 1:1 has not reached its last 15 minutes yet, so nothing was recorded.");
    assertThat(outcomes.countBetween(ACME, NOV_19, NOV_19.plusWeeks(1)).total()).isZero();
  }

  @Test
  void anOccurrenceOfTodayIsRecordedOnlyFromItsLastFifteenMinutesOn() {
    Instant tenFourteen = Instant.parse("2026-11-19T15:14:59Z");
    Instant tenFifteen = Instant.parse("2026-11-19T15:15:00Z");

    assertThat(text(press(maya, "oneonone.did", value(NOV_19), tenFourteen)))
        .isEqualTo("That 1:1 has not reached its last 15 minutes yet, so nothing was recorded.");
    assertThat(outcomes.find(ACME, thursdays.id(), NOV_19, maya.id())).isEmpty();

    assertThat(press(maya, "oneonone.did", value(NOV_19), tenFifteen))
        .isEqualTo(Response.replace(OneOnOneMessages.recorded(Outcome.DID, NOV_19)));
  }

  @Test
  void aDateThatWasNeverAnOccurrenceIsRefusedAndNothingIsStored() {
    LocalDate y2k = LocalDate.of(1999, 12, 31);
    LocalDate saturday = LocalDate.of(2026, 11, 14);
    LocalDate beforeTheFirst = LocalDate.of(2026, 11, 5);

    assertThat(text(press(maya, "oneonone.did", value(y2k), DURING)))
        .isEqualTo(
            "That 1:1 did not take place on Friday 31 December 1999, so nothing was recorded.");
    assertThat(text(press(maya, "oneonone.did", value(saturday), DURING)))
        .contains("did not take place on Saturday 14 November 2026");
    assertThat(text(press(alice, "oneonone.moved", value(beforeTheFirst), DURING)))
        .contains("did not take place on Thursday 5 November 2026");
    assertThat(outcomes.countBetween(ACME, y2k, NOV_19.plusDays(1)).total()).isZero();
  }

  @Test
  void aRemovedOneOnOneOrOneOfAnotherOrgRecordsNothing() {
    Person elsewhere = aPerson().inOrg(GLOBEX).withName("Gus").build();

    Response removed =
        press(maya, "oneonone.did", OneOnOneActions.value(OneOnOneId.random(), NOV_19), DURING);
    Response otherOrg = press(elsewhere, "oneonone.did", value(NOV_19), DURING);

    assertThat(text(removed)).isEqualTo("That 1:1 no longer exists, so nothing was recorded.");
    assertThat(text(otherOrg)).isEqualTo("That 1:1 no longer exists, so nothing was recorded.");
    assertThat(outcomes.countBetween(ACME, NOV_19, NOV_19).total()).isZero();
  }

  @Test
  void aBrokenButtonValueOrAnUnknownOneOnOneActionChangesNothing() {
    assertThat(text(press(maya, "oneonone.did", "not-a-value", DURING)))
        .isEqualTo("That button is no longer in use.");
    assertThat(text(press(maya, "oneonone.maybe", value(NOV_19), DURING)))
        .isEqualTo("That button is no longer in use.");
    assertThat(outcomes.countBetween(ACME, NOV_19, NOV_19).total()).isZero();
  }

  private String value(LocalDate date) {
    return OneOnOneActions.value(thursdays.id(), date);
  }

  private Response press(Person person, String action, String value, Instant at) {
    return recording.press(
        person,
        new ButtonPress(
            person.orgId(),
            person.id(),
            Platform.SLACK,
            at,
            new ActionId(action),
            value,
            Optional.empty(),
            ""));
  }

  private static String text(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    assertThat(((Response.Reply) response).replacesOriginal()).isFalse();
    return ((Response.Reply) response).message().text();
  }
}
