package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortMember;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.export.ExportSchema;
import dev.trellis.core.export.StoredExport;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.FileAttachment;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rita goes through every flow of Trellis with texts that mark what she wrote, and her export holds
 * each of them and none of what others wrote privately. Rita reports to Olga (weekly 1:1 on
 * Thursdays at 10:00 in Berlin); Pete is her buddy, Bob a colleague. The week starts on Monday 16
 * November 2026.
 */
class PersonalExportFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant MONDAY = Instant.parse("2026-11-16T10:00:00Z");
  static final Instant LAST_15_SENT = Instant.parse("2026-11-19T09:20:00Z");
  static final Instant AFTER_THE_ONE_ON_ONE = Instant.parse("2026-11-19T12:00:00Z");
  static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
  static final CohortId LAB = new CohortId("lab");

  static final List<String> RITAS =
      List.of(
          "MARKER-REFLECTION",
          "MARKER-TAKEAWAY",
          "MARKER-TAKEAWAY-NEXT",
          "MARKER-GOAL",
          "MARKER-GOAL-NEXT",
          "MARKER-DEVTIME",
          "MARKER-ASKED-TOPIC",
          "MARKER-ANSWER-FROM-BOB",
          "MARKER-GIVEN-TO-PETE",
          "MARKER-UNASKED-FROM-BOB",
          "MARKER-RITAS-NOTE",
          "MARKER-OPPORTUNITY-POSTED",
          "Shadow the design review");

  static final List<String> OTHERS_PRIVATE =
      List.of("MARKER-OLGAS-OWN", "MARKER-PETES-NOTE", "MARKER-BOB-TO-PETE");

  EngineHarness trellis;
  Person olga;
  Person rita;
  Person pete;
  Person bob;

  @BeforeEach
  void givenRitaReportingToOlga() {
    trellis = new EngineHarness(mongo.db(), MONDAY, "one");
    olga = person("Olga", null);
    rita = person("Rita", olga);
    pete = person("Pete", olga);
    bob = person("Bob", olga);
    trellis.add(olga, rita, pete, bob);
    trellis.oneOnOnes.saveAll(
        ACME,
        List.of(
            new OneOnOne(
                OneOnOneId.random(),
                ACME,
                olga.id(),
                rita.id(),
                Cadence.WEEKLY,
                DayOfWeek.THURSDAY,
                LocalTime.of(10, 0),
                Duration.ofMinutes(30),
                ZoneId.of("Europe/Berlin"),
                LocalDate.of(2026, 11, 12))));
  }

  @Test
  void theExportHoldsEverythingRitaWroteAndNothingOthersKeptPrivate() {
    writeThroughEveryFlow();

    String json = trellis.personalExport.json(ACME, rita.id());

    assertThat(json)
        .startsWith("{\"format\":\"trellis-export\",\"version\":1,\"exportedAt\":")
        .contains("\"org\":\"" + ACME.value() + "\"")
        .contains(
            "\"profile\":",
            "\"settings\":",
            "\"reflections\":",
            "\"oneOnOnes\":",
            "\"buddies\":",
            "\"goals\":",
            "\"developmentTime\":",
            "\"feedback\":",
            "\"opportunities\":")
        .contains("\"email\":\"rita@acme.example\"", "\"managerEmail\":\"olga@acme.example\"")
        .contains("\"outcome\":\"did\"", "\"youAre\":\"report\"", "\"name\":\"Pete\"")
        .contains("\"weekday\":\"thursday\"");
    assertThat(json.indexOf("\"profile\":")).isLessThan(json.indexOf("\"reflections\":"));
    assertThat(ExportSchema.committed().errorsOf(json)).isEmpty();
    for (String marker : RITAS) {
      assertThat(json).as(marker).contains(marker);
    }
    for (String marker : OTHERS_PRIVATE) {
      assertThat(json).as(marker).doesNotContain(marker);
    }
  }

  @Test
  void theSchemaCatchesAnExportThatDoesNotFitIt() {
    assertThat(
            ExportSchema.committed()
                .errorsOf(
                    "{\"format\":\"trellis-export\",\"version\":2,\"exportedAt\":\"now\","
                        + "\"org\":\"acme\",\"reflections\":[{\"kind\":\"poem\"}]}"))
        .contains(
            "$.version is not 1",
            "$.exportedAt is not a date-time: now",
            "$ has no profile",
            "$.reflections[0] has no answer",
            "$.reflections[0].kind = poem is not one of [reflection, takeaway]");
  }

  @Test
  void myDataAnswersAtOnceAndSendsTheExportAsAFileToRitasDirectMessages() {
    trellis.command(rita, "goal add MARKER-GOAL Learn Kubernetes");

    Response answer = trellis.command(rita, "my-data");
    trellis.dispatcher.dispatchDue();

    assertThat(answer.personal()).isTrue();
    assertThat(text(answer)).startsWith("Your export is being prepared");
    OutboundMessage sent = trellis.lastReceivedBy(rita).message();
    FileAttachment file = sent.file().orElseThrow();
    assertThat(file.filename()).isEqualTo("trellis-export-2026-11-16.json");
    assertThat(sent.text()).doesNotContain("MARKER");
    String bytes =
        new String(
            trellis.exportFiles.bytes(ACME, file.id()).orElseThrow(), StandardCharsets.UTF_8);
    assertThat(bytes).startsWith("{\"format\":\"trellis-export\"").contains("MARKER-GOAL");
    Document stored = mongo.db().getCollection("personal_exports").find().first();
    assertThat(stored.toJson()).doesNotContain("MARKER").doesNotContain("trellis-export");
  }

  @Test
  void theLinkWorksOnceAndNotAfterFifteenMinutes() {
    trellis.command(rita, "my-data");
    trellis.dispatcher.dispatchDue();
    String id = trellis.lastReceivedBy(rita).message().file().orElseThrow().id();

    String link = trellis.exportFiles.link(ACME, id).orElseThrow();
    String token = link.substring("https://trellis.example/exports/".length());
    Optional<StoredExport> first = trellis.exportFiles.take(token);
    Optional<StoredExport> second = trellis.exportFiles.take(token);

    assertThat(link).startsWith("https://trellis.example/exports/");
    assertThat(first).map(StoredExport::personId).hasValue(rita.id());
    assertThat(second).isEmpty();
    assertThat(trellis.exportFiles.take("not-a-token")).isEmpty();
    assertThat(mongo.db().getCollection("personal_exports").find().first()).isNull();

    trellis.command(rita, "my-data");
    trellis.dispatcher.dispatchDue();
    String later = trellis.lastReceivedBy(rita).message().file().orElseThrow().id();
    String laterLink = trellis.exportFiles.link(ACME, later).orElseThrow();
    trellis.clock.advance(Duration.ofMinutes(15));
    assertThat(trellis.exportFiles.take(laterLink.substring(laterLink.lastIndexOf('/') + 1)))
        .isEmpty();
    assertThat(trellis.exportFiles.bytes(ACME, later)).isEmpty();
  }

  // --- every flow, with marker texts

  private void writeThroughEveryFlow() {
    Response reflection = answerPrompt(rita, "MARKER-REFLECTION what I learnt");
    trellis.press(rita, message(reflection), "reflection.share");
    answerPrompt(olga, "MARKER-OLGAS-OWN reflection");

    trellis.command(rita, "goal add MARKER-GOAL Learn Kubernetes");
    trellis.command(rita, "goal next 1 MARKER-GOAL-NEXT Read the docs");
    trellis.command(rita, "devtime log 1h MARKER-DEVTIME Read the operator docs");

    feedbackThroughEveryFlow();
    buddyRoundWithNotes();
    opportunities();
    oneOnOneOutcomeAndTakeaway();
  }

  private void feedbackThroughEveryFlow() {
    trellis.feedback(rita, "ask bob@acme.example about MARKER-ASKED-TOPIC");
    trellis.tick(ACME);
    OutboundMessage request = only(bob, "Feedback request from Rita");
    submit(bob, trellis.press(bob, request, "feedback.answer"), "MARKER-ANSWER-FROM-BOB");
    submit(
        rita,
        trellis.feedback(rita, "give pete@acme.example about the demo"),
        "MARKER-GIVEN-TO-PETE");
    submit(
        bob,
        trellis.feedback(bob, "give rita@acme.example about the release"),
        "MARKER-UNASKED-FROM-BOB");
    submit(
        bob, trellis.feedback(bob, "give pete@acme.example about the demo"), "MARKER-BOB-TO-PETE");
  }

  private void buddyRoundWithNotes() {
    trellis.cohorts.save(
        new Cohort(
            LAB, ACME, "Career lab", 2, 4, LocalDate.parse("2026-11-01"), Cohort.Policy.OPT_IN, 6));
    trellis.cohorts.saveMember(ACME, LAB, CohortMember.joined(rita.id()));
    trellis.cohorts.saveMember(ACME, LAB, CohortMember.joined(pete.id()));
    trellis.startingRound.start(ACME, LAB);
    trellis.dispatcher.dispatchDue();
    assertThat(text(trellis.buddy(pete, "done MARKER-PETES-NOTE"))).startsWith("Marked");
    assertThat(text(trellis.buddy(rita, "done MARKER-RITAS-NOTE"))).startsWith("Marked");
  }

  private void opportunities() {
    post(rita, "MARKER-OPPORTUNITY-POSTED Run the upgrade");
    post(pete, "Shadow the design review");
    Button interested =
        message(trellis.command(rita, "opportunity list")).buttons().stream()
            .filter(b -> b.label().endsWith("2"))
            .findFirst()
            .orElseThrow();
    trellis.press(
        rita,
        OutboundMessage.builder("list").button(interested).build(),
        interested.actionId().value());
  }

  private void oneOnOneOutcomeAndTakeaway() {
    trellis.runUntil(ACME, LAST_15_SENT, HALF_AN_HOUR);
    trellis.press(rita, only(rita, "Last 15"), "oneonone.did");
    trellis.press(olga, only(olga, "Last 15"), "oneonone.skipped");
    trellis.runUntil(ACME, AFTER_THE_ONE_ON_ONE, HALF_AN_HOUR);
    OutboundMessage capture = only(rita, "After your 1:1");
    trellis.submit(
        rita,
        "reflection.submit",
        capture.buttons().get(0).value(),
        Map.of(
            "answer", "MARKER-TAKEAWAY ask for the lead",
            "next_step", "MARKER-TAKEAWAY-NEXT write to Sam",
            "share", "private"));
  }

  // --- helpers

  private Response answerPrompt(Person person, String text) {
    trellis.sending.sendNow(person, trellis.clock.instant()).orElseThrow();
    trellis.dispatcher.dispatchDue();
    return trellis.reply(person, text);
  }

  private void submit(Person person, Response opened, String wentWell) {
    Form form = ((Response.OpenForm) opened).form();
    trellis.submit(
        person,
        form.submitAction().value(),
        form.reference(),
        Map.of("went_well", wentWell, "try_differently", ""));
  }

  private void post(Person person, String title) {
    Map<String, String> values = new HashMap<>();
    values.put("title", title);
    values.put("kind", "shadowing");
    values.put("team", "");
    values.put("skills", "");
    values.put("time_needed", "4 hours a week");
    values.put("closes_on", "2026-12-31");
    trellis.submit(person, "opportunity.post_form", "", values);
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

  private static OutboundMessage message(Response response) {
    return ((Response.Reply) response).message();
  }

  private static String text(Response response) {
    return message(response).text();
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
}
