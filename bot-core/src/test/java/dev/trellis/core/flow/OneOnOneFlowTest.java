package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.oneonone.Outcome;
import dev.trellis.core.oneonone.OutcomeCounts;
import dev.trellis.core.oneonone.PickedQuestion;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.ReflectionId;
import dev.trellis.core.reflection.Share;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A weekly 1:1 on Thursdays at 10:00 New York time (16:00 in Berlin), 30 minutes, between Maya in
 * Berlin and Alice in New York: the agenda before it, the last 15 minutes, and the takeaway after,
 * with the service's clock moving.
 */
class OneOnOneFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final LocalDate PREVIOUS = LocalDate.of(2026, 11, 12);
  static final LocalDate THIS_WEEK = LocalDate.of(2026, 11, 19);
  static final LocalDate NEXT_WEEK = LocalDate.of(2026, 11, 26);
  static final Instant PREVIOUS_START = Instant.parse("2026-11-12T15:00:00Z");
  static final Instant AGENDA_DUE = Instant.parse("2026-11-19T13:00:00Z");
  static final Instant LAST_15_DUE = Instant.parse("2026-11-19T15:15:00Z");
  static final Instant END = Instant.parse("2026-11-19T15:30:00Z");
  static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  EngineHarness trellis;
  Person maya;
  Person alice;
  Person bob;
  OneOnOne thursdays;

  @BeforeEach
  void givenMayaInBerlinAndAliceInNewYorkMeetOnThursdays() {
    trellis = new EngineHarness(mongo.db(), Instant.parse("2026-11-19T11:00:00Z"), "one");
    maya =
        aPerson()
            .withName("Maya Manager")
            .withSlackUserId("UMAYA0001")
            .withTimeZone("Europe/Berlin")
            .build();
    alice =
        aPerson()
            .withName("Alice")
            .withManager(maya)
            .withSlackUserId("UALICE001")
            .withTimeZone("America/New_York")
            .build();
    bob = aPerson().withName("Bob").withManager(maya).withSlackUserId("UBOB00001").build();
    trellis.add(maya, alice, bob);
    thursdays =
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
            PREVIOUS);
    trellis.oneOnOnes.saveAll(ACME, List.of(thursdays));
  }

  @Test
  void theAgendaReachesTheManagerTwoHoursBeforeWithTheStartInHerOwnZone() {
    trellis.runUntil(ACME, AGENDA_DUE.minusSeconds(60), FIVE_MINUTES);
    assertThat(received(maya, "Agenda")).isEmpty();

    trellis.runUntil(ACME, AGENDA_DUE, FIVE_MINUTES);

    OutboundMessage agenda = only(maya, "Agenda");
    assertThat(agenda.header()).hasValue("Agenda: your 1:1 with Alice");
    assertThat(agenda.text())
        .startsWith(
            "Your 1:1 with Alice is on Thursday 19 November at 16:00 (your time), 30 minutes.");
    assertThat(received(alice, "Agenda")).isEmpty();
  }

  @Test
  void theAgendaShowsWhatTheReportSharedSinceThePreviousOneOnOneAndNothingPrivate() {
    shared("What did you enjoy?", "Shared before the last 1:1", none(), PREVIOUS_START, -60);
    shared("Which skill next?", "Shared as the last 1:1 began", none(), PREVIOUS_START, 0);
    shared(
        "Where in a year?",
        "Leading a small team",
        Optional.of("Ask Maya about it"),
        PREVIOUS_START,
        24 * 60);
    answeredPrivately("What drains you?", "Status meetings, honestly");

    trellis.runUntil(ACME, AGENDA_DUE, FIVE_MINUTES);

    String text = only(maya, "Agenda").text();
    assertThat(text)
        .contains(
            "Shared by Alice since your last 1:1:",
            "• Which skill next?\n  Shared as the last 1:1 began",
            "• Where in a year?\n  Leading a small team\n  Next step: Ask Maya about it")
        .doesNotContain("Shared before the last 1:1", "What did you enjoy?")
        .doesNotContain("Status meetings", "What drains you?");
  }

  @Test
  void theAgendaHasTwoDevelopmentQuestionsAndTheLastFifteenPromptSuggestsTheFirst() {
    trellis.runUntil(ACME, AGENDA_DUE, FIVE_MINUTES);
    List<PickedQuestion> picked = agendaQuestions(THIS_WEEK);
    String agenda = only(maya, "Agenda").text();

    trellis.runUntil(ACME, LAST_15_DUE.minusSeconds(60), Duration.ofMinutes(1));
    assertThat(received(maya, "Last 15")).isEmpty();
    assertThat(received(alice, "Last 15")).isEmpty();
    trellis.runUntil(ACME, LAST_15_DUE, Duration.ofMinutes(1));

    assertThat(picked).hasSize(2);
    assertThat(agenda)
        .contains(
            "For the last 15 minutes, development questions to ask Alice:\n1. "
                + picked.get(0).text()
                + "\n2. "
                + picked.get(1).text());
    for (Person person : List.of(maya, alice)) {
      OutboundMessage nudge = only(person, "Last 15");
      assertThat(nudge.text())
          .startsWith("Switch to development now")
          .endsWith("Suggested question: " + picked.get(0).text());
      assertThat(nudge.buttons())
          .extracting(b -> b.label())
          .containsExactly("We did it", "Skipped today", "Moved");
    }
    assertThat(only(maya, "Last 15").text()).contains("your 1:1 with Alice");
    assertThat(only(alice, "Last 15").text()).contains("your 1:1 with Maya Manager");
  }

  @Test
  void eachPersonsFirstPressIsRecordedAndASecondPressChangesNothing() {
    trellis.runUntil(ACME, LAST_15_DUE, FIVE_MINUTES);
    OutboundMessage mayas = only(maya, "Last 15");
    OutboundMessage alices = only(alice, "Last 15");

    Response mayaDid = trellis.press(maya, mayas, "oneonone.did");
    Response aliceMoved = trellis.press(alice, alices, "oneonone.moved");
    Response mayaAgain = trellis.press(maya, mayas, "oneonone.skipped");

    assertThat(reply(mayaDid).replacesOriginal()).isTrue();
    assertThat(reply(mayaDid).message().text())
        .startsWith("Recorded: We did it, for the 1:1 of Thursday 19 November");
    assertThat(reply(aliceMoved).message().text()).startsWith("Recorded: Moved");
    assertThat(reply(mayaAgain).replacesOriginal()).isFalse();
    assertThat(reply(mayaAgain).message().text())
        .isEqualTo(
            "Already recorded: We did it, for the 1:1 of Thursday 19 November. Nothing changed.");
    assertThat(trellis.outcomes.find(ACME, thursdays.id(), THIS_WEEK, maya.id()))
        .hasValueSatisfying(o -> assertThat(o.outcome()).isEqualTo(Outcome.DID));
    OutcomeCounts counts = trellis.outcomes.countBetween(ACME, THIS_WEEK, THIS_WEEK);
    assertThat(counts.of(Outcome.DID)).isEqualTo(1);
    assertThat(counts.of(Outcome.MOVED)).isEqualTo(1);
    assertThat(counts.of(Outcome.SKIPPED)).isZero();
  }

  @Test
  void someoneOutsideTheOneOnOneCannotRecordItsOutcome() {
    trellis.runUntil(ACME, LAST_15_DUE, FIVE_MINUTES);

    Response stranger = trellis.press(bob, only(alice, "Last 15"), "oneonone.skipped");

    assertThat(reply(stranger).message().text())
        .isEqualTo("Only the two people of that 1:1 can record how it went.");
    assertThat(reply(stranger).replacesOriginal()).isFalse();
    assertThat(trellis.outcomes.find(ACME, thursdays.id(), THIS_WEEK, bob.id())).isEmpty();
    assertThat(trellis.outcomes.countBetween(ACME, THIS_WEEK, THIS_WEEK).total()).isZero();
  }

  @Test
  void theReportCapturesATakeawayWithANextStepThatStaysPrivateAndOutOfTheNextAgenda() {
    trellis.runUntil(ACME, END, FIVE_MINUTES);
    Received capture = trellis.lastReceivedBy(alice);
    assertThat(capture.message().header()).hasValue("After your 1:1");
    assertThat(capture.message().text())
        .isEqualTo("What is your takeaway from today's 1:1 with Maya Manager, and your next step?");
    assertThat(capture.message().buttons())
        .extracting(b -> b.label())
        .containsExactly("Answer", "Skip");

    Response form = trellis.press(alice, capture, "reflection.answer");
    assertThat(form).isInstanceOf(Response.OpenForm.class);
    assertThat(((Response.OpenForm) form).form().inputs())
        .extracting(Input::id)
        .containsExactly("answer", "next_step", "share");
    Response saved = saveTakeaway(capture, "private");

    assertThat(reply(saved).message().text()).startsWith("Saved. Only you can see this answer.");
    Reflection takeaway = trellis.reflections.history(ACME, alice.id(), 1).get(0);
    assertThat(takeaway.kind()).isEqualTo(PromptKind.AFTER_ONE_ON_ONE);
    assertThat(takeaway.answer()).isEqualTo("Ask for the design review lead");
    assertThat(takeaway.nextStep()).hasValue("Write to Sam on Monday");
    assertThat(takeaway.isShared()).isFalse();
    trellis.runUntil(ACME, AGENDA_DUE.plus(Duration.ofDays(7)), Duration.ofMinutes(30));
    assertThat(agendaOf(maya, NEXT_WEEK))
        .contains("Nothing shared yet.")
        .doesNotContain("design review", "Write to Sam");
  }

  @Test
  void aSharedTakeawayAndItsNextStepAreInTheNextAgenda() {
    trellis.runUntil(ACME, END, FIVE_MINUTES);
    Received capture = trellis.lastReceivedBy(alice);
    Response saved = saveTakeaway(capture, "private");

    Response shared = trellis.press(alice, reply(saved).message(), "reflection.share");

    assertThat(reply(shared).message().text()).contains("shared with Maya Manager");
    trellis.runUntil(ACME, AGENDA_DUE.plus(Duration.ofDays(7)), Duration.ofMinutes(30));
    assertThat(agendaOf(maya, NEXT_WEEK))
        .contains(
            "• What is your takeaway from today's 1:1 with Maya Manager, and your next step?\n"
                + "  Ask for the design review lead\n"
                + "  Next step: Write to Sam on Monday");
  }

  private Response saveTakeaway(Received capture, String share) {
    return trellis.submit(
        alice,
        "reflection.submit",
        capture.message().buttons().get(0).value(),
        Map.of(
            "answer", "Ask for the design review lead",
            "next_step", "Write to Sam on Monday",
            "share", share));
  }

  /** Alice's answer, shared {@code minutes} after {@code at}. */
  private void shared(
      String question, String answer, Optional<String> nextStep, Instant at, long minutes) {
    Instant when = at.plus(Duration.ofMinutes(minutes));
    PromptId prompt = PromptId.random();
    trellis.reflections.save(
        new Reflection(
            new ReflectionId(prompt.value()),
            ACME,
            alice.id(),
            prompt,
            PromptKind.REFLECTION,
            question,
            answer,
            nextStep,
            when.minus(Duration.ofMinutes(5)),
            Optional.empty(),
            List.of(new Share(maya.id(), when))));
  }

  private void answeredPrivately(String question, String answer) {
    PromptId prompt = PromptId.random();
    trellis.reflections.save(
        new Reflection(
            new ReflectionId(prompt.value()),
            ACME,
            alice.id(),
            prompt,
            PromptKind.REFLECTION,
            question,
            answer,
            Optional.of("Cancel one"),
            PREVIOUS_START.plus(Duration.ofDays(2)),
            Optional.empty(),
            List.of()));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private List<PickedQuestion> agendaQuestions(LocalDate date) {
    return trellis.agendaQuestions.find(ACME, thursdays.id(), date).orElseThrow().questions();
  }

  private String agendaOf(Person manager, LocalDate date) {
    String day = date.getDayOfMonth() + " November";
    return received(manager, "Agenda").stream()
        .map(OutboundMessage::text)
        .filter(t -> t.contains(day))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no agenda for " + date));
  }

  private List<OutboundMessage> received(Person person, String headerStart) {
    return trellis.receivedBy(person).stream()
        .map(Received::message)
        .filter(m -> m.header().filter(h -> h.startsWith(headerStart)).isPresent())
        .toList();
  }

  private OutboundMessage only(Person person, String headerStart) {
    List<OutboundMessage> found = received(person, headerStart);
    assertThat(found).as(person.name() + "'s " + headerStart + " messages").hasSize(1);
    return found.get(0);
  }

  private static Response.Reply reply(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return (Response.Reply) response;
  }
}
