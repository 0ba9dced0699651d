package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.Reflection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What Rita shares reaches only the manager she shared it with, and only while they are her
 * manager. Everyone is in Berlin; Rita reports to Olga, whose manager Sam is also Nina's; Pete is a
 * peer. Olga and Rita meet on Thursdays at 10:00 (the agenda comes at 08:00); the week starts on
 * Monday 16 November 2026.
 */
class SharingWithManagersFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant MONDAY = Instant.parse("2026-11-16T10:00:00Z");
  static final Instant TUESDAY = Instant.parse("2026-11-17T10:00:00Z");
  static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
  static final Instant AGENDAS_SENT = Instant.parse("2026-11-19T07:30:00Z");
  static final Instant AFTER_THE_ONE_ON_ONES = Instant.parse("2026-11-19T12:00:00Z");
  static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
  static final String PEOPLE_HEADER = "email,name,manager_email,time_zone\n";

  EngineHarness trellis;
  Person sam;
  Person olga;
  Person nina;
  Person pete;
  Person rita;
  OneOnOne olgaAndRita;

  @BeforeEach
  void givenRitaReportingToOlgaWhoMeetsHerOnThursdays() {
    trellis = new EngineHarness(mongo.db(), MONDAY, "one");
    sam = person("Sam", null);
    olga = person("Olga", sam);
    nina = person("Nina", sam);
    pete = person("Pete", nina);
    rita = person("Rita", olga);
    trellis.add(sam, olga, nina, pete, rita);
    olgaAndRita = weeklyOnThursdays(olga, LocalDate.of(2026, 11, 12));
  }

  @Test
  void theCurrentManagerSeesWhatWasSharedWithThem() {
    Response shared = answerAndShare("MARKER-OLGA lead the migration");

    assertThat(text(shared)).startsWith("Saved and shared with Olga.");
    runTheAgendas();
    assertThat(agendaOf(olga)).contains("Shared by Rita since your last 1:1:", "MARKER-OLGA");
  }

  @Test
  void aFormerManagerSeesNothingOnceRitaReportsToSomeoneElse() {
    answerAndShare("MARKER-OLGA lead the migration");
    toTuesday();

    reportTo(nina);

    runTheAgendas();
    assertThat(agendaOf(olga))
        .doesNotContain("MARKER-OLGA")
        .contains("What Rita shares goes only to their manager")
        .contains("development questions to ask Rita");
  }

  @Test
  void aNewManagersFirstAgendaNeverReachesBackIntoWhatWasSharedWithTheFormerOne() {
    answerAndShare("MARKER-OLGA lead the migration");
    toTuesday();
    reportTo(nina);
    weeklyOnThursdays(nina, THURSDAY);

    runTheAgendas();

    assertThat(agendaOf(nina)).contains("Nothing shared yet.").doesNotContain("MARKER-OLGA");
  }

  @Test
  void onlyTheCurrentManagersOneOnOneShowsWhatWasSharedNotASkipLevelsOrAPeers() {
    reportTo(nina);
    Response shared = answerAndShare("MARKER-NINA present at the guild");
    weeklyOnThursdays(nina, THURSDAY);
    weeklyOnThursdays(sam, THURSDAY);
    weeklyOnThursdays(pete, THURSDAY);

    runTheAgendas();

    assertThat(text(shared)).startsWith("Saved and shared with Nina.");
    assertThat(agendaOf(nina)).contains("MARKER-NINA");
    for (Person notHerManager : List.of(sam, pete, olga)) {
      assertThat(agendaOf(notHerManager))
          .as(notHerManager.name() + "'s agenda")
          .doesNotContain("MARKER-NINA")
          .contains("What Rita shares goes only to their manager, so none of it appears")
          .contains("development questions to ask Rita");
    }
  }

  @Test
  void ritaIsToldOnceWhatHerNewManagerSeesWithTheQuestionsOfWhatSheSharedButNoAnswer() {
    answerAndShare("MARKER-A lead the migration");
    answerAndShare("MARKER-B mentor the interns");
    trellis.reply(rita, "MARKER-PRIVATE never shared");
    toTuesday();

    reportTo(nina);
    trellis.runUntil(ACME, TUESDAY.plus(Duration.ofHours(2)), HALF_AN_HOUR);
    ImportOutcome again = reportTo(nina);
    runTheAgendas();

    assertThat(again).isEqualTo(new ImportOutcome.Imported(0, 0, 1));
    OutboundMessage notice = only(rita, "Your manager is now Nina");
    List<Reflection> sharedWithOlga =
        trellis.reflections.sharedWith(ACME, rita.id(), olga.id(), MONDAY);
    assertThat(notice.text())
        .startsWith("Nina is now your manager in Trellis.")
        .contains("nothing you shared with Olga")
        .contains("1. " + sharedWithOlga.get(0).question())
        .contains("2. " + sharedWithOlga.get(1).question())
        .doesNotContain("MARKER");
    assertThat(notice.buttons())
        .extracting(Button::label)
        .containsExactly("Share 1 with Nina", "Share 2 with Nina");
  }

  @Test
  void reSharingFromTheNoticeSharesWithTheNewManagerOnceAndHerAgendaShowsOnlyThat() {
    answerAndShare("MARKER-A lead the migration");
    answerAndShare("MARKER-B mentor the interns");
    toTuesday();
    reportTo(nina);
    weeklyOnThursdays(nina, THURSDAY);
    trellis.tick(ACME);
    OutboundMessage notice = only(rita, "Your manager is now Nina");

    Response reShared = trellis.press(rita, notice, "reflection.share.1");
    Response again = trellis.press(rita, notice, "reflection.share.1");

    assertThat(reply(reShared).replacesOriginal()).isFalse();
    assertThat(text(reShared)).startsWith("Saved and shared with Nina.");
    assertThat(text(again)).isEqualTo("Already shared with Nina: nothing changed.");
    runTheAgendas();
    assertThat(agendaOf(nina)).contains("MARKER-A").doesNotContain("MARKER-B");
    assertThat(agendaOf(olga)).doesNotContain("MARKER-A").doesNotContain("MARKER-B");
    assertThat(text(trellis.command(rita, "history")))
        .contains("(shared with Olga, Nina)")
        .contains("(shared with Olga)");
  }

  @Test
  void anAnswerSharedByAnOlderVersionWithoutARecipientIsShownToNobody() {
    Response saved = answer("MARKER-LEGACY lead the migration");
    PromptId prompt = new PromptId(message(saved).buttons().get(0).value());
    mongo
        .db()
        .getCollection("reflections")
        .updateOne(
            new Document("_id", prompt.value()),
            new Document("$set", new Document("sharedAt", Date.from(MONDAY))));

    runTheAgendas();

    assertThat(agendaOf(olga)).contains("Nothing shared yet.").doesNotContain("MARKER-LEGACY");
    assertThat(text(trellis.command(rita, "history")))
        .contains("MARKER-LEGACY")
        .doesNotContain("shared with");
  }

  @Test
  void choosingOnlyMeWhenEditingTakesTheAnswerOutOfTheManagersNextAgenda() {
    Response shared = answerAndShare("MARKER-OLGA lead the migration");
    String prompt = message(shared).buttons().get(0).value();

    Response edited =
        trellis.submit(
            rita,
            "reflection.submit",
            prompt,
            Map.of("answer", "MARKER-OLGA lead the migration, later", "share", "private"));

    assertThat(text(edited)).startsWith("Updated. Only you can see this answer.");
    runTheAgendas();
    assertThat(agendaOf(olga)).contains("Nothing shared yet.").doesNotContain("MARKER-OLGA");
  }

  @Test
  void aDeletedOneOnOneSendsNoAgendaNoLastFifteenAndNoTakeaway() {
    trellis.runUntil(ACME, Instant.parse("2026-11-18T12:00:00Z"), Duration.ofHours(6));
    assertThat(trellis.steps.upcoming(ACME, olga.id(), 10)).isNotEmpty();

    boolean removed = trellis.removingOneOnOnes.remove(ACME, olgaAndRita.id());
    boolean again = trellis.removingOneOnOnes.remove(ACME, olgaAndRita.id());

    assertThat(removed).isTrue();
    assertThat(again).isFalse();
    assertThat(trellis.steps.upcoming(ACME, olga.id(), 10)).isEmpty();
    trellis.runUntil(ACME, AFTER_THE_ONE_ON_ONES, HALF_AN_HOUR);
    assertThat(trellis.receivedBy(olga)).isEmpty();
    assertThat(trellis.receivedBy(rita)).isEmpty();
  }

  // --- the clock

  private void toTuesday() {
    trellis.runUntil(ACME, TUESDAY, Duration.ofHours(6));
  }

  /** Moves to Thursday morning in big steps, then in small ones until the agendas went out. */
  private void runTheAgendas() {
    trellis.runUntil(ACME, AGENDAS_SENT.minus(Duration.ofHours(2)), Duration.ofHours(6));
    trellis.runUntil(ACME, AGENDAS_SENT, HALF_AN_HOUR);
  }

  // --- Rita's answers and the directory

  private Response answer(String text) {
    trellis.sending.sendNow(rita, trellis.clock.instant()).orElseThrow();
    trellis.dispatcher.dispatchDue();
    return trellis.reply(rita, text);
  }

  private Response answerAndShare(String text) {
    return trellis.press(rita, message(answer(text)), "reflection.share");
  }

  private ImportOutcome reportTo(Person manager) {
    ImportOutcome outcome =
        trellis.importingPeople.importCsv(
            ACME,
            PEOPLE_HEADER
                + String.join(
                    ",", rita.email().value(), "Rita", manager.email().value(), "Europe/Berlin"));
    assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
    return outcome;
  }

  private OneOnOne weeklyOnThursdays(Person manager, LocalDate first) {
    OneOnOne oneOnOne =
        new OneOnOne(
            OneOnOneId.random(),
            ACME,
            manager.id(),
            rita.id(),
            Cadence.WEEKLY,
            DayOfWeek.THURSDAY,
            LocalTime.of(10, 0),
            Duration.ofMinutes(30),
            ZoneId.of("Europe/Berlin"),
            first);
    trellis.oneOnOnes.saveAll(ACME, List.of(oneOnOne));
    return oneOnOne;
  }

  private static Person person(String name, Person manager) {
    var builder =
        aPerson()
            .withName(name)
            .withEmail(name.toLowerCase() + "@acme.example")
            .withSlackUserId("U" + name.toUpperCase() + "0001")
            .withTimeZone("Europe/Berlin");
    return manager == null ? builder.build() : builder.withManager(manager).build();
  }

  // --- what reached whom

  private String agendaOf(Person manager) {
    return only(manager, "Agenda").text();
  }

  private OutboundMessage only(Person person, String headerStart) {
    List<OutboundMessage> found =
        trellis.receivedBy(person).stream()
            .map(Received::message)
            .filter(m -> m.header().filter(h -> h.startsWith(headerStart)).isPresent())
            .toList();
    assertThat(found).as(person.name() + "'s " + headerStart + " messages").hasSize(1);
    return found.get(0);
  }

  private static Response.Reply reply(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return (Response.Reply) response;
  }

  private static OutboundMessage message(Response response) {
    return reply(response).message();
  }

  private static String text(Response response) {
    return message(response).text();
  }
}
