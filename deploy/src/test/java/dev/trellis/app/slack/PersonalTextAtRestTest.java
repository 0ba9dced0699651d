package dev.trellis.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.trellis.app.slack.SlackCalls.await;
import static dev.trellis.app.slack.SlackCalls.button;
import static dev.trellis.app.slack.SlackCalls.formOf;
import static dev.trellis.app.slack.SlackCalls.jsonOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoDatabase;
import dev.trellis.app.AdminClient;
import dev.trellis.app.ScheduledWorkAccess;
import dev.trellis.app.TestClockWiring;
import dev.trellis.app.TrellisApplication;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.reflection.ReflectionActions;
import dev.trellis.testkit.TestClock;
import dev.trellis.testkit.slack.SlackRequests;
import dev.trellis.testkit.slack.SlackStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * What people write, through every flow that stores it, never rests in plain form: the running
 * service with Slack over HTTP (a WireMock standing in for Slack) and the embedded database in its
 * file. Ray answers a takeaway with a next step and shares it, answers a reflection and shares it,
 * and writes a note on his buddy meetup; then Maya's agenda carrying his shared text is queued but
 * not sent. Every text is a unique marker, looked for in every raw document (through the plain
 * driver) and in the raw database file once the service has stopped.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalTextAtRestTest {

  static final String SIGNING_SECRET = "test-signing-secret-at-rest";
  static final String TEAM = "T444";
  static final String FORM = "application/x-www-form-urlencoded";

  static final WireMockServer slack = SlackStandIn.started(TEAM, "At Rest Workspace");

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }

  @TempDir Path parent;

  final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final String maya = "WMAYA" + suffix;
  final String ray = "WRAY" + suffix;
  final String ada = "WADA" + suffix;
  final String takeaway = marker("takeaway");
  final String nextStep = marker("nextstep");
  final String reflection = marker("reflection");
  final String buddyNote = marker("buddynote");
  final List<String> markers = List.of(takeaway, nextStep, reflection, buddyNote);

  private ConfigurableApplicationContext app;
  private SlackRequests requests;
  private AdminClient admin;
  private TestClock clock;
  private ScheduledWorkAccess work;
  private OrgId org;
  private int events;

  @Test
  void whatPeopleWriteIsInNoRawDocumentNorTheDatabaseFileAndTheDataIsTheOwnersOnly(
      CapturedOutput output) throws Exception {
    Path dataDir = parent.resolve("data");
    SlackStandIn.takesMessagesViewsAndResponses(slack);
    try (ConfigurableApplicationContext started = start(dataDir)) {
      app = started;
      givenMayaAndHerReportRayWithAWeeklyOneOnOne(dataDir);

      rayAnswersTheTakeawayOfTheFirstOneOnOneWithANextStepAndSharesIt();
      rayAnswersAReflectionAndSharesIt();
      rayMarksHisBuddyMeetupDoneWithANote();
      OutboxEntry agenda = mayasNextAgendaIsQueuedButNotSent();

      assertThat(agenda.message().toString()).contains(takeaway, nextStep, reflection);
      AdminClient.Answer pending =
          admin.get("/api/admin/orgs/" + org.value() + "/outbox?state=pending");
      assertThat(pending.status()).isEqualTo(200);
      assertThat(pending.body()).contains(agenda.recipient().personId().value());
      assertThat(markers).noneMatch(pending.body()::contains);

      MongoDatabase db = app.getBean(MongoDatabase.class);
      List<String> raw = rawDocuments(db);
      assertThat(raw).as("the scan reads the stored names").anyMatch(d -> d.contains("Ray Rest"));
      assertThat(db.getCollection("outbox").countDocuments()).isPositive();
      assertThat(db.getCollection("reflections").countDocuments()).isEqualTo(2);
      for (String marker : markers) {
        assertThat(raw).filteredOn(d -> d.contains(marker)).as(marker).isEmpty();
      }
    }

    // The stopped service committed and closed the file; its bytes, as they would be backed up.
    String file =
        new String(
            Files.readAllBytes(dataDir.resolve("trellis.mv.db")), StandardCharsets.ISO_8859_1);
    assertThat(file.contains("Ray Rest")).as("the scan reads the stored names").isTrue();
    for (String marker : markers) {
      assertThat(file.contains(marker)).as(marker + " in the database file").isFalse();
    }
    assertThat(mode(dataDir)).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(dataDir)) {
      assertThat(files.toList())
          .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"))
          .extracting(f -> f.getFileName().toString())
          .contains("trellis.mv.db", "encryption-key", "admin-token");
    }
    assertThat(markers).noneMatch(output.getOut()::contains);
  }

  // --- the flows

  private void givenMayaAndHerReportRayWithAWeeklyOneOnOne(Path dataDir) throws Exception {
    clock = app.getBean(TestClock.class);
    work = app.getBean(ScheduledWorkAccess.class);
    clock.set(Instant.parse("2026-10-21T12:00:00Z")); // Wed
    requests = new SlackRequests(port(), SIGNING_SECRET);
    admin = new AdminClient(port(), Files.readString(dataDir.resolve("admin-token")).strip());
    org = app.getBean(Orgs.class).findBySlackTeamId(TEAM).orElseThrow().id();
    expectOk(
        admin.postCsv(
            orgPath("/people"),
            "email,name,manager_email,time_zone,slack_user_id\n"
                + String.join(",", email("maya"), "Maya Rest", "", "Europe/Berlin", maya)
                + "\n"
                + String.join(",", email("ray"), "Ray Rest", email("maya"), "Europe/Berlin", ray)
                + "\n"
                + String.join(",", email("ada"), "Ada Rest", "", "Europe/Paris", ada)
                + "\n"));
    expectOk(
        admin.postCsv(
            orgPath("/one-on-ones"),
            "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
                + String.join(
                    ",",
                    email("maya"),
                    email("ray"),
                    "WEEKLY",
                    "THU",
                    "10:00",
                    "30",
                    "Europe/Berlin")
                + "\n"));
  }

  /** Thu 22 Oct, 10:31 in Berlin: the 1:1 is over and Ray is asked for his takeaway. */
  private void rayAnswersTheTakeawayOfTheFirstOneOnOneWithANextStepAndSharesIt() throws Exception {
    clock.set(Instant.parse("2026-10-22T08:31:00Z"));
    work.runDueSteps();
    work.dispatch();
    LoggedRequest prompt =
        await(() -> postsTo(ray).stream().filter(r -> text(r).contains("takeaway")).toList(), 1)
            .get(0);

    requests.press(TEAM, ray, button(formOf(prompt).get("blocks"), "Answer"), respondUrl("open"));
    JsonNode modal = SlackCalls.openedModal(slack);
    HttpResponse<String> submitted =
        requests.post(
            SlackRequests.viewSubmission(
                TEAM,
                ray,
                modal.get("callback_id").asString(),
                modal.get("private_metadata").asString(),
                Map.of(
                    ReflectionActions.ANSWER_INPUT, takeaway,
                    ReflectionActions.NEXT_STEP_INPUT, nextStep)),
            FORM);
    assertThat(submitted.statusCode()).isEqualTo(200);
    assertThat(submitted.body()).doesNotContain("errors");

    shareTheSavedAnswer(1, "share-takeaway");
  }

  private void rayAnswersAReflectionAndSharesIt() throws Exception {
    clock.set(Instant.parse("2026-10-22T09:00:00Z"));
    expectOk(admin.post(orgPath("/people/" + email("ray") + "/prompts")));
    work.dispatch();
    int before = postsTo(ray).size();
    requests.post(
        SlackRequests.event(
            "event.message.channel.json",
            SlackRequests.directMessage(ray, reflection),
            TEAM,
            "Ev" + suffix + ++events),
        "application/json");
    await(() -> postsTo(ray), before + 1);

    shareTheSavedAnswer(2, "share-reflection");
  }

  /** Ray presses Share on the {@code nth} answer he saved. */
  private void shareTheSavedAnswer(int nth, String respondName) throws Exception {
    work.dispatch();
    LoggedRequest saved =
        await(() -> postsTo(ray).stream().filter(r -> text(r).startsWith("Saved")).toList(), nth)
            .get(nth - 1);
    requests.press(
        TEAM,
        ray,
        button(formOf(saved).get("blocks"), "Share with my manager"),
        respondUrl(respondName));
    Map<String, String> shared = jsonOf(await(() -> respondedTo(respondName), 1).get(0));
    assertThat(shared.get("text")).contains("shared with Maya Rest");
  }

  /** Wed 28 Oct, Ray and Ada are buddies in a round; Ray says they met, with a private note. */
  private void rayMarksHisBuddyMeetupDoneWithANote() throws Exception {
    clock.set(Instant.parse("2026-10-28T12:00:00Z"));
    AdminClient.Answer cohort =
        admin.postJson(orgPath("/cohorts"), "{\"name\":\"Rest lab " + suffix + "\"}");
    assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
    String cohortPath = orgPath("/cohorts/" + cohort.json().at("/id").asString());
    for (String name : List.of("ray", "ada")) {
      expectOk(admin.putJson(cohortPath + "/members/" + email(name), "{}"));
    }
    AdminClient.Answer round = admin.post(cohortPath + "/rounds");
    assertThat(round.status()).as(round.body()).isEqualTo(201);
    work.dispatch();

    HttpResponse<String> ack =
        requests.post(
            SlackRequests.slashCommand(
                TEAM, ray, "/buddy", "done " + buddyNote, respondUrl("buddy-done")),
            FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(jsonOf(await(() -> respondedTo("buddy-done"), 1).get(0)).get("text"))
        .contains("Marked your meetup with Ada Rest as done");
    work.dispatch();
    work.planEveryOrg(); // the 48 hours ahead: Thursday's 1:1
  }

  /** Thu 29 Oct, 08:05 in Berlin: the agenda step runs, and the outbox is not sent. */
  private OutboxEntry mayasNextAgendaIsQueuedButNotSent() {
    clock.set(Instant.parse("2026-10-29T07:05:00Z"));
    work.runDueSteps();
    return app.getBean(Outbox.class).pending(org, 100).stream()
        .filter(e -> e.recipient().address().equals(maya))
        .filter(e -> e.message().toString().contains("Shared by Ray Rest"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no agenda for Maya is waiting in the outbox"));
  }

  // --- helpers

  private ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(
            TrellisApplication.class, TestClockWiring.class, ScheduledWorkAccess.Wiring.class)
        .run(
            "--server.port=0",
            "--trellis.data-dir=" + dataDir,
            "--trellis.mongodb.uri=",
            "--trellis.mongodb.embedded=file",
            "--trellis.admin.token=",
            "--trellis.encryption.key=",
            "--trellis.scheduling.enabled=false",
            "--trellis.slack.bot-token=xoxb-test-token",
            "--trellis.slack.signing-secret=" + SIGNING_SECRET,
            "--trellis.slack.api-url=" + slack.baseUrl() + "/api/");
  }

  private static List<String> rawDocuments(MongoDatabase db) {
    List<String> all = new ArrayList<>();
    for (String collection : db.listCollectionNames()) {
      for (Document doc : db.getCollection(collection).find()) {
        all.add(collection + ": " + doc.toJson());
      }
    }
    return all;
  }

  private int port() {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  private String orgPath(String rest) {
    return "/api/admin/orgs/" + org.value() + rest;
  }

  private String email(String name) {
    return name + "-" + suffix.toLowerCase() + "@example.com";
  }

  private static void expectOk(AdminClient.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isIn(200, 201, 202);
  }

  private static String marker(String what) {
    return "MARKER-" + what + "-" + UUID.randomUUID();
  }

  private static String text(LoggedRequest request) {
    return formOf(request).getOrDefault("text", "");
  }

  private static String respondUrl(String name) {
    return SlackStandIn.responseUrl(slack, name);
  }

  private List<LoggedRequest> postsTo(String slackId) {
    return SlackCalls.accepted(slack, "/api/chat.postMessage", slackId);
  }

  private static List<LoggedRequest> respondedTo(String name) {
    return slack.findAll(postRequestedFor(urlEqualTo("/respond/" + name)));
  }

  private static String mode(Path path) {
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
