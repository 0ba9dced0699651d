package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.oneonone.DevelopmentQuestions;
import dev.trellis.core.oneonone.OneOnOneSteps;
import dev.trellis.core.oneonone.PickedQuestion;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.Prompt;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.PlanningWindow;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.PersonSettings;
import dev.trellis.core.step.StepHandler;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 1:1 step handlers run on steps the {@link OneOnOneSteps} plan: who gets what, which steps are
 * skipped and why, and that running a step again sends and records nothing more.
 */
class OneOnOneStepsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final LocalDate FIRST = LocalDate.of(2026, 11, 12);
  static final LocalDate THIS_WEEK = LocalDate.of(2026, 11, 19);
  static final PlanningWindow THURSDAY =
      PlanningWindow.between(
          Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));

  EngineHarness trellis;
  Person maya;
  Person alice;
  OneOnOne thursdays;

  @BeforeEach
  void givenAWeeklyOneOnOneAtTenInNewYork() {
    trellis = new EngineHarness(mongo.db(), Instant.parse("2026-11-19T11:00:00Z"), "one");
    maya = aPerson().withName("Maya Manager").withSlackUserId("UMAYA0001").build();
    alice =
        aPerson()
            .withName("Alice")
            .withManager(maya)
            .withSlackUserId("UALICE001")
            .withTimeZone("America/New_York")
            .build();
    thursdays = oneOnOne(maya, alice);
    trellis.oneOnOnes.saveAll(ACME, List.of(thursdays));
  }

  @Test
  void theLastFifteenStepsAreDueFifteenMinutesBeforeTheEndForBothPeople() {
    trellis.add(maya, alice);

    List<PlannedStep> last15 = plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES);

    assertThat(last15)
        .extracting(PlannedStep::recipient, PlannedStep::dueAt, s -> s.local().toLocalTime())
        .containsExactlyInAnyOrder(
            tuple(maya.id(), Instant.parse("2026-11-19T15:15:00Z"), LocalTime.of(16, 15)),
            tuple(alice.id(), Instant.parse("2026-11-19T15:15:00Z"), LocalTime.of(10, 15)));
    run(trellis.lastFifteen, last15);
    assertThat(messages(maya, "Last 15")).hasSize(1);
    assertThat(messages(alice, "Last 15")).hasSize(1);
  }

  @Test
  void theLastFifteenPromptSuggestsTheAgendasFirstQuestionToBoth() {
    trellis.add(maya, alice);

    run(trellis.agendas, plan(THURSDAY, OneOnOneSteps.AGENDA_NUDGE));
    run(trellis.lastFifteen, plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES));

    PickedQuestion first = picked(THIS_WEEK).get(0);
    assertThat(messages(maya, "Agenda")).singleElement();
    for (Person person : List.of(maya, alice)) {
      assertThat(messages(person, "Last 15"))
          .singleElement()
          .satisfies(m -> assertThat(m.text()).endsWith("Suggested question: " + first.text()));
    }
  }

  @Test
  void withoutAnAgendaBothPeopleAreStillSuggestedTheSameQuestion() {
    trellis.add(maya, alice);

    run(trellis.lastFifteen, plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES));

    List<PickedQuestion> picked = picked(THIS_WEEK);
    assertThat(picked).hasSize(2);
    assertThat(messages(maya, "Last 15").get(0).text())
        .endsWith("Suggested question: " + picked.get(0).text());
    assertThat(messages(alice, "Last 15").get(0).text())
        .endsWith("Suggested question: " + picked.get(0).text());
  }

  @Test
  void consecutiveAgendasOfThePairNeverRepeatAQuestionWhileOthersRemain() {
    trellis.add(maya, alice);
    PlanningWindow sixWeeks =
        PlanningWindow.between(
            Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"));

    List<PlannedStep> agendas = plan(sixWeeks, OneOnOneSteps.AGENDA_NUDGE);
    agendas.forEach(step -> run(trellis.agendas, List.of(step)));

    assertThat(agendas).hasSize(6);
    List<String> all = new ArrayList<>();
    for (int week = 0; week < 6; week++) {
      List<PickedQuestion> picked = picked(THIS_WEEK.plusWeeks(week));
      assertThat(picked).hasSize(2);
      picked.forEach(q -> all.add(q.id().value()));
    }
    assertThat(new HashSet<>(all)).as("12 questions, all different").hasSize(12);
    assertThat(all)
        .allMatch(id -> id.matches("builtin:(aspirations|skills|learning|lattice)\\..*"));
    assertThat(trellis.prompted.recent(ACME, DevelopmentQuestions.pairOf(thursdays), 100))
        .hasSize(12);
  }

  @Test
  void aPausedManagerGetsNoAgendaAndNoLastFifteenPromptButTheReportDoes() {
    trellis.add(maya, alice);
    trellis.settings.save(
        ACME, maya.id(), PersonSettings.DEFAULT.pausedUntil(THIS_WEEK.plusDays(1)));

    Map<PlannedStep, String> agenda =
        run(trellis.agendas, plan(THURSDAY, OneOnOneSteps.AGENDA_NUDGE));
    Map<PlannedStep, String> last15 =
        run(trellis.lastFifteen, plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES));

    assertThat(agenda.values()).containsExactly("skipped: paused");
    assertThat(outcomeFor(last15, maya)).isEqualTo("skipped: paused");
    assertThat(outcomeFor(last15, alice)).isEqualTo("sent");
    assertThat(trellis.receivedBy(maya)).isEmpty();
    assertThat(messages(alice, "Last 15")).hasSize(1);
  }

  @Test
  void stepsRunLateDropWhatNoLongerHelpsTheMeetingButStillAskForTheTakeaway() {
    trellis.add(maya, alice);
    // Back at 15:31Z: the 1:1 (15:00-15:30Z) has ended, within the hour the late policy allows.
    trellis.clock.advance(
        Duration.between(trellis.clock.instant(), Instant.parse("2026-11-19T15:31:00Z")));

    Map<PlannedStep, String> agenda =
        run(trellis.agendas, plan(THURSDAY, OneOnOneSteps.AGENDA_NUDGE));
    Map<PlannedStep, String> last15 =
        run(trellis.lastFifteen, plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES));
    Map<PlannedStep, String> takeaway =
        run(trellis.takeaways, plan(THURSDAY, OneOnOneSteps.AFTER_ONE_ON_ONE));

    assertThat(agenda.values()).containsExactly("dropped: too late for this 1:1");
    assertThat(last15.values())
        .containsExactly("dropped: too late for this 1:1", "dropped: too late for this 1:1");
    assertThat(takeaway.values()).containsExactly("sent");
    assertThat(trellis.receivedBy(maya)).isEmpty();
    assertThat(trellis.receivedBy(alice)).hasSize(1);
  }

  @Test
  void aRemovedReportGetsNothingAndTheAgendaAboutThemIsSkipped() {
    trellis.add(maya);

    Map<PlannedStep, String> agenda =
        run(trellis.agendas, plan(THURSDAY, OneOnOneSteps.AGENDA_NUDGE));
    Map<PlannedStep, String> after =
        run(trellis.takeaways, plan(THURSDAY, OneOnOneSteps.AFTER_ONE_ON_ONE));
    Map<PlannedStep, String> last15 =
        run(trellis.lastFifteen, plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES));

    assertThat(agenda.values()).containsExactly("skipped: other person removed");
    assertThat(after.values()).containsExactly("skipped: person removed");
    assertThat(outcomeFor(last15, alice)).isEqualTo("skipped: person removed");
    assertThat(outcomeFor(last15, maya)).isEqualTo("skipped: other person removed");
    assertThat(trellis.slack.received()).isEmpty();
    assertThat(trellis.prompts.latest(ACME, alice.id())).isEmpty();
  }

  @Test
  void aReportWithNoChatIdentityIsSkippedAndARemovedOneOnOneSendsNothing() {
    Person offline = aPerson().withName("Olga").withManager(maya).build();
    trellis.add(maya, offline);
    OneOnOne withOlga = oneOnOne(maya, offline);
    trellis.oneOnOnes.saveAll(ACME, List.of(withOlga));
    OneOnOne neverStored = oneOnOne(offline, maya);

    Map<PlannedStep, String> after =
        run(
            trellis.takeaways,
            plan(withOlga, maya, offline, THURSDAY, OneOnOneSteps.AFTER_ONE_ON_ONE));
    Map<PlannedStep, String> gone =
        run(
            trellis.agendas,
            plan(neverStored, offline, maya, THURSDAY, OneOnOneSteps.AGENDA_NUDGE));

    assertThat(after.values()).containsExactly("skipped: no chat identity");
    assertThat(gone.values()).containsExactly("skipped: 1:1 removed");
    assertThat(trellis.slack.received()).isEmpty();
  }

  @Test
  void aOneOnOneMovedToAnotherDayAfterPlanningSkipsTheStepsOfTheOldDate() {
    trellis.add(maya, alice);
    List<PlannedStep> agenda = plan(THURSDAY, OneOnOneSteps.AGENDA_NUDGE);
    OneOnOne fridays =
        new OneOnOne(
            thursdays.id(),
            ACME,
            maya.id(),
            alice.id(),
            Cadence.WEEKLY,
            DayOfWeek.FRIDAY,
            LocalTime.of(10, 0),
            Duration.ofMinutes(30),
            ZoneId.of("America/New_York"),
            FIRST.plusDays(1));
    trellis.oneOnOnes.saveAll(ACME, List.of(fridays));

    Map<PlannedStep, String> outcomes = run(trellis.agendas, agenda);

    assertThat(outcomes.values()).containsExactly("skipped: 1:1 no longer on that date");
    assertThat(trellis.slack.received()).isEmpty();
  }

  @Test
  void runningEachStepAgainSendsNothingMoreAndRecordsNothingTwice() {
    trellis.add(maya, alice);
    List<PlannedStep> agenda = plan(THURSDAY, OneOnOneSteps.AGENDA_NUDGE);
    List<PlannedStep> last15 = plan(THURSDAY, OneOnOneSteps.LAST_15_MINUTES);
    List<PlannedStep> after = plan(THURSDAY, OneOnOneSteps.AFTER_ONE_ON_ONE);
    run(trellis.agendas, agenda);
    run(trellis.lastFifteen, last15);
    run(trellis.takeaways, after);
    List<PickedQuestion> picked = picked(THIS_WEEK);
    PromptId capture = trellis.prompts.latest(ACME, alice.id()).orElseThrow();
    trellis.reply(alice, "Ask for more ownership");

    trellis.clock.advance(Duration.ofMinutes(10));
    run(trellis.agendas, agenda);
    run(trellis.lastFifteen, last15);
    run(trellis.takeaways, after);

    assertThat(messages(maya, "Agenda")).hasSize(1);
    assertThat(messages(maya, "Last 15")).hasSize(1);
    assertThat(messages(alice, "Last 15")).hasSize(1);
    assertThat(messages(alice, "After your 1:1")).hasSize(1);
    assertThat(picked(THIS_WEEK)).isEqualTo(picked);
    assertThat(trellis.prompted.recent(ACME, DevelopmentQuestions.pairOf(thursdays), 100))
        .hasSize(2);
    assertThat(trellis.prompts.latest(ACME, alice.id())).hasValue(capture);
    assertThat(trellis.prompts.findById(ACME, capture))
        .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(Prompt.State.ANSWERED));
  }

  private OneOnOne oneOnOne(Person manager, Person report) {
    return new OneOnOne(
        OneOnOneId.random(),
        ACME,
        manager.id(),
        report.id(),
        Cadence.WEEKLY,
        DayOfWeek.THURSDAY,
        LocalTime.of(10, 0),
        Duration.ofMinutes(30),
        ZoneId.of("America/New_York"),
        FIRST);
  }

  private List<PlannedStep> plan(PlanningWindow window, StepKind kind) {
    return plan(thursdays, maya, alice, window, kind);
  }

  /** The 1:1's steps of one kind in the window, as the planner makes them. */
  private static List<PlannedStep> plan(
      OneOnOne oneOnOne, Person manager, Person report, PlanningWindow window, StepKind kind) {
    return new OneOnOneSteps()
        .plan(oneOnOne, availability(manager), availability(report), window).steps().stream()
            .filter(s -> s.kind() == kind)
            .toList();
  }

  /** Sendable as planned: pauses and removals happen after planning, as they do in service. */
  private static Availability availability(Person person) {
    return Availability.of(person, Set.of(), Optional.empty());
  }

  private Map<PlannedStep, String> run(StepHandler handler, List<PlannedStep> steps) {
    Map<PlannedStep, String> outcomes = handler.run(steps, trellis.clock.instant());
    trellis.dispatcher.dispatchDue();
    return outcomes;
  }

  private List<PickedQuestion> picked(LocalDate date) {
    return trellis.agendaQuestions.find(ACME, thursdays.id(), date).orElseThrow().questions();
  }

  private List<OutboundMessage> messages(Person person, String headerStart) {
    return trellis.receivedBy(person).stream()
        .map(Received::message)
        .filter(m -> m.header().filter(h -> h.startsWith(headerStart)).isPresent())
        .toList();
  }

  private static String outcomeFor(Map<PlannedStep, String> outcomes, Person person) {
    return outcomes.entrySet().stream()
        .filter(e -> e.getKey().recipient().equals(person.id()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }
}
