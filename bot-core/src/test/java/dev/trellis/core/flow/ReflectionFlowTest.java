package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.Reflection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A person's weekly reflection, from the planned prompt to the stored and shared answer. */
class ReflectionFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant THURSDAY_NOON = Instant.parse("2026-11-19T12:00:00Z");
  static final Instant FRIDAY_15_BERLIN = Instant.parse("2026-11-20T14:00:00Z");
  static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  EngineHarness trellis;
  Person manager;
  Person alice;

  @BeforeEach
  void givenAliceInBerlinWithAManager() {
    trellis = new EngineHarness(mongo.db(), THURSDAY_NOON, "one");
    manager = aPerson().withName("Maya Manager").withSlackUserId("UMANAGER1").build();
    alice =
        aPerson()
            .withName("Alice")
            .withManager(manager)
            .withSlackUserId("UALICE001")
            .withTimeZone("Europe/Berlin")
            .build();
    trellis.add(manager, alice);
  }

  @Test
  void thePromptArrivesOnFridayAt15LocalAndNotBefore() {
    trellis.runUntil(ACME, FRIDAY_15_BERLIN.minusSeconds(60), FIVE_MINUTES);
    assertThat(trellis.receivedBy(alice)).isEmpty();

    trellis.runUntil(ACME, FRIDAY_15_BERLIN, FIVE_MINUTES);

    Received prompt = trellis.lastReceivedBy(alice);
    assertThat(prompt.message().header()).hasValue("Time to reflect");
    assertThat(prompt.message().text()).isNotBlank();
    assertThat(prompt.message().buttons())
        .extracting(b -> b.label())
        .containsExactly("Answer", "Skip", "Snooze 1 day", "Pause 2 weeks");
    assertThat(trellis.receivedBy(alice)).hasSize(1);
  }

  @Test
  void aReplyIsSavedPrivatelyEncryptedAndListedInHistory() {
    Received prompt = promptOnFriday();

    Response saved = trellis.reply(alice, "I want to lead a project next year");

    assertThat(text(saved)).startsWith("Saved. Only you can see this answer.");
    assertThat(trellis.reflections.history(ACME, alice.id(), 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.answer()).isEqualTo("I want to lead a project next year");
              assertThat(r.question()).isEqualTo(prompt.message().text());
              assertThat(r.isShared()).isFalse();
            });
    assertThat(mongo.db().getCollection("reflections").find().first().toJson())
        .doesNotContain("lead a project");
    assertThat(text(trellis.command(alice, "history"))).contains("I want to lead a project");
  }

  @Test
  void sharingPutsTheAnswerWhereTheManagersAgendaReadsItOnce() {
    promptOnFriday();
    Response saved = trellis.reply(alice, "Mentoring would help me grow");
    Response secondReply = trellis.reply(alice, "ignored: already answered");

    Response shared = trellis.press(alice, message(saved), "reflection.share");
    Response again = trellis.press(alice, message(saved), "reflection.share");

    assertThat(text(shared)).contains("shared with Maya Manager");
    assertThat(text(again)).startsWith("Already shared");
    assertThat(trellis.reflections.sharedWith(ACME, alice.id(), manager.id(), THURSDAY_NOON))
        .extracting(Reflection::answer)
        .containsExactly("Mentoring would help me grow");
    assertThat(text(secondReply)).contains("no open question");
  }

  @Test
  void anAnswerCanBeEditedThroughTheFormAndTheFormRefusesMissingFields() {
    Received prompt = promptOnFriday();
    trellis.reply(alice, "first thought");
    String promptId = prompt.message().buttons().get(0).value();

    Response missing = trellis.submit(alice, "reflection.submit", promptId, Map.of("answer", " "));
    Response edited =
        trellis.submit(
            alice,
            "reflection.submit",
            promptId,
            Map.of("answer", "second thought", "share", "manager"));

    assertThat(missing).isInstanceOf(Response.FormErrors.class);
    assertThat(((Response.FormErrors) missing).errors()).containsKey("answer");
    assertThat(text(edited)).startsWith("Updated and shared with Maya Manager");
    Reflection stored = trellis.reflections.history(ACME, alice.id(), 1).get(0);
    assertThat(stored.answer()).isEqualTo("second thought");
    assertThat(stored.editedAt()).isPresent();
    assertThat(stored.isSharedWith(manager.id())).isTrue();
  }

  @Test
  void skipIsRecordedOnceAndADoubleClickChangesNothing() {
    Received prompt = promptOnFriday();

    Response first = trellis.press(alice, prompt, "reflection.skip");
    Response second = trellis.press(alice, prompt, "reflection.skip");
    Response answerAfterSkip = trellis.reply(alice, "too late?");

    assertThat(((Response.Reply) first).replacesOriginal()).isTrue();
    assertThat(text(second)).startsWith("Already done");
    assertThat(text(answerAfterSkip)).contains("no open question");
    assertThat(trellis.reflections.history(ACME, alice.id(), 10)).isEmpty();
  }

  @Test
  void snoozeAsksTheSameQuestionAgainOnTheNextWorkingMorning() {
    Received prompt = promptOnFriday();

    Response snoozed = trellis.press(alice, prompt, "reflection.snooze");
    trellis.runUntil(ACME, Instant.parse("2026-11-23T06:55:00Z"), FIVE_MINUTES);
    assertThat(trellis.receivedBy(alice)).hasSize(1);
    trellis.runUntil(ACME, Instant.parse("2026-11-23T07:05:00Z"), FIVE_MINUTES);

    assertThat(text(snoozed)).contains("Monday 23 November at 08:00");
    assertThat(trellis.receivedBy(alice)).hasSize(2);
    assertThat(trellis.lastReceivedBy(alice).message().text()).isEqualTo(prompt.message().text());
  }

  @Test
  void pauseStopsTheNextPromptsUntilTheDateAndResumeBringsThemBack() {
    Received prompt = promptOnFriday();

    Response paused = trellis.press(alice, prompt, "reflection.pause");
    trellis.runUntil(ACME, Instant.parse("2026-11-30T09:00:00Z"), Duration.ofMinutes(30));

    assertThat(text(paused)).startsWith("Paused until Friday 4 December");
    assertThat(trellis.receivedBy(alice)).hasSize(1);
    assertThat(text(trellis.command(alice, "pause 3w"))).startsWith("Paused until Mon 21 Dec 2026");
    trellis.runUntil(ACME, FRIDAY_15_BERLIN.plus(Duration.ofDays(14)), Duration.ofMinutes(30));
    assertThat(trellis.receivedBy(alice)).hasSize(1);
    trellis.runUntil(ACME, Instant.parse("2026-12-07T09:00:00Z"), Duration.ofMinutes(30));
    trellis.command(alice, "resume");
    trellis.runUntil(ACME, FRIDAY_15_BERLIN.plus(Duration.ofDays(21)), Duration.ofMinutes(30));
    assertThat(trellis.receivedBy(alice)).hasSize(2);
  }

  @Test
  void afterDowntimeAPromptUpToAnHourLateIsSentAndAnOlderOneIsDropped() {
    trellis.runUntil(ACME, FRIDAY_15_BERLIN.minus(Duration.ofHours(1)), Duration.ofMinutes(30));
    trellis.clock.advance(Duration.ofMinutes(130));
    trellis.tick(ACME);

    assertThat(trellis.receivedBy(alice)).isEmpty();
    assertThat(
            mongo.db().getCollection("steps_done").find().into(new java.util.ArrayList<>()).stream()
                .filter(d -> d.getString("outcome").equals("dropped: too late"))
                .count())
        .as("Alice's and her manager's prompts")
        .isEqualTo(2);

    EngineHarness second =
        new EngineHarness(
            mongo.db(),
            FRIDAY_15_BERLIN.plus(Duration.ofDays(7)).minus(Duration.ofHours(2)),
            "two");
    second.runUntil(
        ACME, FRIDAY_15_BERLIN.plus(Duration.ofDays(7)).minusSeconds(60), Duration.ofMinutes(30));
    second.clock.advance(Duration.ofMinutes(50));
    second.tick(ACME);
    assertThat(second.receivedBy(alice)).hasSize(1);
  }

  @Test
  void aHugeReplyIsRefusedWithItsLengthAndNothingIsStored() {
    promptOnFriday();

    Response answer = trellis.reply(alice, "x".repeat(50_000));

    assertThat(text(answer)).contains("50,000 characters", "4,000");
    assertThat(trellis.reflections.history(ACME, alice.id(), 10)).isEmpty();
    assertThat(text(trellis.reply(alice, "a short one"))).startsWith("Saved");
  }

  @Test
  void aReplyAfterThePromptClosedIsNotSaved() {
    Received prompt = promptOnFriday();
    trellis.clock.advance(Duration.ofDays(6));

    Response late = trellis.reply(alice, "sorry I am late");
    Response latePress = trellis.press(alice, prompt, "reflection.answer");

    assertThat(text(late)).contains("no open question");
    assertThat(text(latePress)).contains("closed on", "nothing was saved");
    assertThat(trellis.reflections.history(ACME, alice.id(), 10)).isEmpty();
  }

  @Test
  void nobodyCanPressAnotherPersonsPrompt() {
    Received prompt = promptOnFriday();

    Response stranger = trellis.press(manager, prompt, "reflection.skip");

    assertThat(text(stranger)).contains("not yours");
    assertThat(text(trellis.press(alice, prompt, "reflection.skip"))).startsWith("Skipped");
  }

  @Test
  void twoInstancesOnOneDatabaseSendThePromptOnce() {
    EngineHarness other = new EngineHarness(mongo.db(), THURSDAY_NOON, "two");

    while (trellis.clock.instant().isBefore(FRIDAY_15_BERLIN.plusSeconds(600))) {
      trellis.clock.advance(FIVE_MINUTES);
      other.clock.advance(FIVE_MINUTES);
      trellis.tick(ACME);
      other.tick(ACME);
    }

    assertThat(trellis.receivedBy(alice).size() + other.receivedBy(alice).size()).isEqualTo(1);
  }

  private Received promptOnFriday() {
    trellis.runUntil(ACME, FRIDAY_15_BERLIN, FIVE_MINUTES);
    return trellis.lastReceivedBy(alice);
  }

  private static dev.trellis.core.message.OutboundMessage message(Response response) {
    return ((Response.Reply) response).message();
  }

  private static String text(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return ((Response.Reply) response).message().text();
  }
}
