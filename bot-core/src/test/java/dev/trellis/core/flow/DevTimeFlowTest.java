package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.importing.ImportOutcome;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.Field;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.org.ProtectedSlot;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.ReflectionSteps;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rita's development time, end to end, in Berlin from Thursday 3 December 2026: her commands and
 * their wrong inputs, her months, who sees her totals (only Olga, her manager, once shared with
 * her), the reminders, and the protected slot on Fridays from 13:00 to 17:00.
 */
class DevTimeFlowTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant THURSDAY = at("2026-12-03T11:00");
  static final ProtectedSlot FRIDAY_AFTERNOONS = new ProtectedSlot("FRI", "13:00", "17:00");

  EngineHarness trellis;
  Person sam;
  Person olga;
  Person nina;
  Person pete;
  Person rita;
  final List<Delivered> delivered = new ArrayList<>();

  record Delivered(ZonedDateTime at, Received received) {
    String header() {
      return received.message().header().orElse("");
    }
  }

  @BeforeEach
  void givenRitaReportingToOlga() {
    trellis = new EngineHarness(mongo.db(), THURSDAY, "one");
    sam = person("Sam", null);
    olga = person("Olga", sam);
    nina = person("Nina", sam);
    pete = person("Pete", nina);
    rita = person("Rita", olga);
    trellis.add(sam, olga, nina, pete, rita);
  }

  // --- logging, this month, undo

  @Test
  void loggedTimeCountsAgainstTheBudgetAndUndoTakesBackTheLastEntry() {
    budget(4, Optional.empty());

    assertThat(devtime(rita, "log 90m Read the Kubernetes docs"))
        .startsWith("Logged 1h 30m on Thu 3 Dec: Read the Kubernetes docs.")
        .contains("December 2026: 1h 30m of 4h, 2h 30m left.");
    assertThat(devtime(rita, "log 1h 30m Pairing on the operator --on yesterday"))
        .startsWith("Logged 1h 30m on Wed 2 Dec");
    assertThat(devtime(rita, "log 1h30 Course --on 2026-11-20")).contains("on Fri 20 Nov");
    assertThat(devtime(rita, "log 2h Workshop --on today")).contains("5h of 4h, all used.");

    OutboundMessage month = message(trellis.command(rita, "devtime"));
    assertThat(month.header()).contains("Your development time, December 2026");
    assertThat(month.text()).startsWith("December 2026: 5h of 4h, all used.");
    assertThat(month.fields())
        .extracting(Field::label)
        .containsExactly("Wed 2 Dec · 1h 30m", "Thu 3 Dec · 1h 30m", "Thu 3 Dec · 2h");

    assertThat(devtime(rita, "undo"))
        .startsWith("Removed your last entry: 2h on Thu 3 Dec, Workshop.")
        .contains("December 2026: 3h of 4h, 1h left.");
    assertThat(devtime(pete, "undo")).startsWith("You have no entry to undo.");
  }

  @Test
  void withoutABudgetLoggingWorksAndSaysThereIsNone() {
    assertThat(devtime(rita, "log 2h Read a book"))
        .contains("December 2026: 2h logged. There is no monthly budget set for your org.");
    assertThat(message(trellis.command(rita, "devtime history")).text())
        .startsWith("There is no monthly budget set for your org.");
  }

  @Test
  void eachWrongInputGetsAReasonAndAnExampleAndLogsNothing() {
    trellis.command(rita, "goal add Learn Kubernetes");
    trellis.command(rita, "goal add Mentor an intern");

    assertThat(devtime(rita, "log 0m Nothing")).startsWith("A duration of 0 logs nothing");
    assertThat(devtime(rita, "log -1h Undo")).startsWith("A duration cannot be negative");
    assertThat(devtime(rita, "log 25h Hackathon")).startsWith("One entry is at most 24 hours");
    assertThat(devtime(rita, "log soon Reading"))
        .startsWith("I cannot read 'soon' as a duration: write it like 90m, 1h30 or 2h.")
        .contains("For example: /trellis devtime log 90m");
    assertThat(devtime(rita, "log")).startsWith("Say how long and what you did.");
    assertThat(devtime(rita, "log 90m")).startsWith("Say what you did after the duration.");
    assertThat(devtime(rita, "log 90m " + "x".repeat(301)))
        .contains("301 characters; keep it to 300");
    assertThat(devtime(rita, "log 1h Course --on 2026-12-04"))
        .startsWith("2026-12-04 is in the future");
    assertThat(devtime(rita, "log 1h Course --on 2026-10-31"))
        .startsWith(
            "2026-10-31 is too long ago: log days of this month or the last, from 2026-11-01");
    assertThat(devtime(rita, "log 1h Course --on someday")).startsWith("--on takes a day as");
    assertThat(devtime(rita, "log 1h Course --goal 7"))
        .isEqualTo(
            "You have no goal 7. Your goals are 1, 2. For example: /trellis devtime log 90m Read"
                + " the docs --goal 1");
    assertThat(devtime(pete, "log 1h Course --goal 1")).contains("you have no goals yet");
    assertThat(devtime(rita, "log 1h Course --goal one")).startsWith("--goal takes the number");
    assertThat(devtime(rita, "log 1h Course --for me")).contains("is not an option");
    assertThat(text(trellis.command(rita, "devtime sometimes")))
        .startsWith("Usage: /trellis devtime [log <duration> <what>");

    assertThat(devtime(rita, "log 1h Course --goal 2")).contains("(goal 2)");
    assertThat(message(trellis.command(rita, "devtime")).fields()).hasSize(1);
  }

  // --- the months: history card and home view

  @Test
  void theHistoryAndTheHomeViewShowTheMonthsAgainstTheBudget() {
    budget(4, Optional.empty());
    devtime(rita, "log 3h Course --on 2026-11-20");
    devtime(rita, "log 1h Reading");

    OutboundMessage history = message(trellis.command(rita, "devtime history"));
    assertThat(history.text()).startsWith("Your org's budget is 4h a month. The last 6 months:");
    assertThat(history.fields())
        .extracting(f -> f.label() + ": " + f.value())
        .endsWith("November 2026: 3h of 4h", "December 2026: 1h of 4h");

    List<Field> home =
        new ShowingHome(trellis.routes).homeOf(rita, trellis.clock.instant()).fields();
    assertThat(home)
        .filteredOn(f -> f.label().equals("Your development time"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.value())
                    .startsWith("December 2026: 1h of 4h, 3h left.")
                    .contains("Earlier: November 2026: 3h of 4h"));
  }

  // --- sharing: the current manager it is shared with, and nobody else

  @Test
  void theCurrentManagerSeesTheSharedTotalsButNeverTheTexts() {
    budget(4, Optional.empty());
    devtime(rita, "log 90m MARKER-TEXT Read the docs");
    weekly(olga, rita);
    weekly(sam, rita);
    weekly(pete, rita);
    assertThat(devtime(rita, "share")).startsWith("Shared your development time totals with Olga");
    assertThat(devtime(rita, "share")).contains("already shared with Olga");

    runTheAgendas();

    assertThat(agendaOf(olga))
        .contains("Rita's development time, shared with you")
        .contains("• December 2026: 1h 30m of 4h")
        .doesNotContain("MARKER");
    for (Person notHerManager : List.of(sam, pete)) {
      assertThat(agendaOf(notHerManager)).doesNotContain("Rita's development time");
    }
  }

  @Test
  void aFormerManagerAndANewManagerSeeNothingUntilSharedAgain() {
    devtime(rita, "log 90m Read the docs");
    devtime(rita, "share");
    reportTo(nina);
    weekly(olga, rita);
    weekly(nina, rita);

    runTheAgendas();

    assertThat(agendaOf(olga)).doesNotContain("Rita's development time");
    assertThat(agendaOf(nina)).doesNotContain("Rita's development time");

    devtime(rita, "share");
    trellis.clock.set(trellis.clock.instant().plus(Duration.ofDays(6)));
    delivered.clear();
    runTheAgendas();
    assertThat(agendaOf(nina)).contains("Rita's development time, shared with you");
  }

  @Test
  void unsharingTakesTheTotalsOutOfTheAgenda() {
    devtime(rita, "share");
    assertThat(devtime(rita, "unshare"))
        .isEqualTo("Your development time is private again: only you see it.");
    assertThat(devtime(rita, "unshare")).contains("not shared with anyone");
    weekly(olga, rita);

    runTheAgendas();

    assertThat(agendaOf(olga)).doesNotContain("Rita's development time");
  }

  @Test
  void ritasEntriesAndShareAreInHerExportAndGoneWithHerData() {
    devtime(rita, "log 90m MARKER-EXPORT Read the docs --on yesterday");
    devtime(rita, "share");
    devtime(pete, "log 1h Pete's own");

    Object exported = exportSection("developmentTime");
    assertThat(exported.toString())
        .contains("day=2026-12-02", "minutes=90", "what=MARKER-EXPORT Read the docs")
        .contains("totalsSharedWith={personId=" + olga.id().value());

    Erasure erasure = new Erasure(ACME, rita.id(), PersonId.random());
    trellis.routes.erasures().forEach(e -> e.erase(erasure));

    YearMonth from = YearMonth.of(2000, 1);
    YearMonth to = YearMonth.of(9999, 12);
    assertThat(trellis.devTime.ofPerson(ACME, rita.id(), from, to)).isEmpty();
    assertThat(trellis.devTime.ofPerson(ACME, erasure.anonymousId(), from, to))
        .singleElement()
        .satisfies(e -> assertThat(e.minutes()).isEqualTo(90))
        .satisfies(e -> assertThat(e.what()).doesNotContain("MARKER"));
    assertThat(trellis.devTimeShares.of(ACME, rita.id())).isEmpty();
    assertThat(devtime(pete, "undo")).startsWith("Removed your last entry: 1h");
  }

  // --- the protected slot

  @Test
  void theSlotReminderGoesAtItsStartAndNothingElseScheduledUntilItEnds() {
    trellis.command(rita, "goal add Learn Kubernetes");
    trellis.command(rita, "goal next 1 Read the operator docs");
    budget(0, Optional.of(FRIDAY_AFTERNOONS));

    runUntil(at("2026-12-04T12:00"));
    assertThat(upcomingPrompt(rita)).contains(LocalDateTime.parse("2026-12-04T17:00"));
    runUntil(at("2026-12-04T14:00"));
    assertThat(devtime(rita, "log 1h Reading")).as("answers are not held").startsWith("Logged 1h");
    trellis.feedback(pete, "ask @rita about my demo");
    runUntil(at("2026-12-08T00:00"));

    List<Delivered> toRita = to(rita);
    Delivered reminder =
        toRita.stream()
            .filter(d -> d.header().equals("Your development time starts now"))
            .findFirst()
            .orElseThrow();
    assertThat(reminder.at().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-04T13:00"));
    assertThat(reminder.received().message().text())
        .contains("Your development time starts now (until 17:00)")
        .contains("Learn Kubernetes (goal 1): next, Read the operator docs");
    assertThat(toRita)
        .filteredOn(d -> d != reminder)
        .allSatisfy(
            d ->
                assertThat(FRIDAY_AFTERNOONS.contains(d.at().toLocalDateTime()))
                    .as(d.header() + " at " + d.at())
                    .isFalse());
    assertThat(toRita)
        .filteredOn(d -> d.header().startsWith("Feedback request"))
        .singleElement()
        .satisfies(d -> assertThat(d.at().toLocalTime()).isEqualTo(LocalTime.of(17, 0)));
    assertThat(toRita)
        .filteredOn(d -> d.header().startsWith("Time to reflect"))
        .singleElement()
        .as("the reminder was Friday's nudge, so the prompt waits for Monday, at its planned time")
        .satisfies(
            d ->
                assertThat(d.at().toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-12-07T17:00")));
  }

  @Test
  void aReflectionPromptDueInTheSlotGoesAtItsEnd() {
    budget(0, Optional.of(FRIDAY_AFTERNOONS));
    trellis.clock.set(at("2026-12-04T15:00"));
    trellis.steps.plan(
        List.of(
            new PlannedStep(
                ReflectionSteps.REFLECTION_PROMPT,
                ACME,
                rita.id(),
                trellis.clock.instant(),
                trellis.clock.instant().atZone(BERLIN),
                new OccurrenceKey("reflection:rita-in-the-slot"),
                Optional.empty())));

    // Only the step runner and the outbox: nothing else is planned.
    for (Instant now = trellis.clock.instant();
        now.isBefore(at("2026-12-04T18:00"));
        now = now.plus(Duration.ofMinutes(5))) {
      trellis.clock.set(now);
      trellis.runner.runDue();
      trellis.dispatcher.dispatchDue();
      record(now);
    }

    assertThat(to(rita))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.header()).startsWith("Time to reflect");
              assertThat(d.at().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            });
  }

  // --- the monthly reminder

  @Test
  void theMonthlyReminderComesOnTheThirdLastWorkingDayOnlyToThoseUnderHalfTheBudget() {
    budget(4, Optional.empty());
    trellis.command(rita, "goal add Learn Kubernetes");
    trellis.clock.set(at("2026-12-21T09:00"));
    devtime(rita, "log 1h Reading");
    devtime(pete, "log 2h Course");

    runUntil(at("2027-01-01T00:00"));

    List<Delivered> ritas =
        to(rita).stream()
            .filter(d -> d.header().startsWith("Your development time, December"))
            .toList();
    assertThat(ritas)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.at().toLocalDateTime())
                  .isEqualTo(LocalDateTime.parse("2026-12-29T10:00"));
              assertThat(d.received().message().text())
                  .startsWith("This month you have used 1h of your 4h")
                  .contains("3h left")
                  .contains("Learn Kubernetes (goal 1): no next step yet");
            });
    assertThat(to(pete)).noneMatch(d -> d.header().startsWith("Your development time"));
  }

  // --- the clock and what arrived

  private void runUntil(Instant until) {
    while (trellis.clock.instant().isBefore(until)) {
      long minute = trellis.clock.instant().getEpochSecond() / 60;
      trellis.clock.set(Instant.ofEpochSecond((minute / 5 + 1) * 5 * 60));
      trellis.tick(ACME);
      record(trellis.clock.instant());
    }
  }

  private void record(Instant now) {
    List<Received> all = trellis.slack.received();
    for (int i = recorded; i < all.size(); i++) {
      delivered.add(new Delivered(now.atZone(BERLIN), all.get(i)));
    }
    recorded = all.size();
  }

  private int recorded;

  private void runTheAgendas() {
    Instant thursday =
        trellis
            .clock
            .instant()
            .atZone(BERLIN)
            .toLocalDate()
            .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.THURSDAY))
            .atTime(9, 0)
            .atZone(BERLIN)
            .toInstant();
    trellis.clock.set(thursday.minus(Duration.ofHours(12)));
    runUntil(thursday);
  }

  private String agendaOf(Person manager) {
    List<Delivered> agendas =
        delivered.stream()
            .filter(d -> d.received().recipient().personId().equals(manager.id()))
            .filter(d -> d.header().startsWith("Agenda"))
            .toList();
    assertThat(agendas).as(manager.name() + "'s agendas").hasSize(1);
    return agendas.get(0).received().message().text();
  }

  private List<Delivered> to(Person person) {
    return delivered.stream()
        .filter(d -> d.received().recipient().personId().equals(person.id()))
        .toList();
  }

  private Optional<LocalDateTime> upcomingPrompt(Person person) {
    return trellis.steps.upcoming(ACME, person.id(), 20).stream()
        .filter(s -> s.kind().equals(ReflectionSteps.REFLECTION_PROMPT))
        .map(s -> s.dueAt().atZone(BERLIN).toLocalDateTime())
        .findFirst();
  }

  private void budget(int hours, Optional<ProtectedSlot> slot) {
    trellis.orgSettings.save(
        ACME, OrgSettings.DEFAULT.withDevTime(new OrgSettings.DevTime(hours, slot)));
  }

  private void weekly(Person manager, Person report) {
    LocalDate first = trellis.clock.instant().atZone(BERLIN).toLocalDate();
    trellis.oneOnOnes.saveAll(
        ACME,
        List.of(
            new OneOnOne(
                OneOnOneId.random(),
                ACME,
                manager.id(),
                report.id(),
                Cadence.WEEKLY,
                DayOfWeek.THURSDAY,
                LocalTime.of(10, 0),
                Duration.ofMinutes(30),
                BERLIN,
                first.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)))));
  }

  private void reportTo(Person manager) {
    ImportOutcome outcome =
        trellis.importingPeople.importCsv(
            ACME,
            "email,name,manager_email,time_zone\n"
                + String.join(
                    ",", rita.email().value(), "Rita", manager.email().value(), "Europe/Berlin"));
    assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
    rita = trellis.people.findByIds(ACME, List.of(rita.id())).get(0);
  }

  private String devtime(Person person, String text) {
    trellis.clock.advance(Duration.ofMinutes(1));
    return text(trellis.command(person, "devtime " + text));
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

  private static OutboundMessage message(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return ((Response.Reply) response).message();
  }

  private static String text(Response response) {
    return message(response).text();
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
  }

  private Object exportSection(String section) {
    return trellis.routes.exports().stream()
        .filter(e -> e.section().equals(section))
        .findFirst()
        .map(e -> e.export(ACME, rita.id()))
        .orElseThrow();
  }
}
