package dev.trellis.core.flow;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.SendingBuddyNudges;
import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.devtime.DevTimeEntry;
import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.PersonTestData.PersonBuilder;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.core.opportunity.WeeklyDigestSteps;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.org.ProtectedSlot;
import dev.trellis.core.outbox.RecordingPlatform.Received;
import dev.trellis.core.reflection.ReflectionActions;
import dev.trellis.core.reflection.ReflectionSteps;
import dev.trellis.core.schedule.Availability;
import dev.trellis.core.schedule.LatePolicy;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.PersonSettings;
import dev.trellis.core.step.ReflectionCadence;
import dev.trellis.core.step.RunningDueSteps;
import dev.trellis.core.step.StepHandler;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three months of a small org on the real engine (planner, step runner, nudge rule, buddy ticker,
 * outbox, embedded MongoDB) from Monday 5 October 2026, the clock moved from each instant something
 * is due to the next: twelve people in Berlin, New York and Riyadh (Sunday to Thursday, one with
 * long quiet hours), weekly and biweekly 1:1s, a buddy cohort on a four-week cadence, two org
 * holidays, both ends of summer time, a snooze and a pause. Everything is checked from what was
 * actually sent.
 *
 * <p>Each feature brings a {@link Scenario}: what its people do and what must hold at the end. The
 * rules for every nudge are checked once, over every step kind whose handler {@link
 * StepHandler#isNudge() is a nudge}, so a feature's new nudges are held to them as soon as the
 * feature is registered in {@link EngineHarness}.
 */
class ThreeMonthsOfNudgesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final StepKind DIGEST_KIND = WeeklyDigestSteps.DIGEST;

  static final Instant START = Instant.parse("2026-10-05T00:00:00Z");
  static final Instant END = START.plus(Duration.ofDays(92));

  /** The day the run ends on: the weeks before it each had their prompt (Thursday or Friday). */
  static final LocalDate LAST_DAY = LocalDate.ofInstant(END, java.time.ZoneOffset.UTC);

  /** Planning looks 48 hours ahead, so planning four times a day leaves nothing out. */
  static final Duration PLANNING_EVERY = Duration.ofHours(6);

  /**
   * Buddy rounds act on their days (start, halfway, end) and plan their nudges for the person's
   * next sendable time, so a look every three hours (from midnight UTC, when rounds start) is
   * enough here.
   */
  static final Duration BUDDY_TICK = Duration.ofHours(3);

  static final Set<LocalDate> HOLIDAYS =
      Set.of(LocalDate.parse("2026-10-16"), LocalDate.parse("2026-11-26"));

  static final String BERLIN = "Europe/Berlin";
  static final String NEW_YORK = "America/New_York";
  static final String RIYADH = "Asia/Riyadh";
  static final DayOfWeek[] SUNDAY_TO_THURSDAY = {
    DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY
  };

  final Person maya = person("maya", "Maya", BERLIN, null).build();
  final Person ben = person("ben", "Ben", BERLIN, maya).build();
  final Person clara = person("clara", "Clara", BERLIN, maya).build();
  final Person dan = person("dan", "Dan", BERLIN, maya).build();
  final Person eva = person("eva", "Eva", BERLIN, maya).build();
  final Person ray = person("ray", "Ray", NEW_YORK, null).build();
  final Person sam = person("sam", "Sam", NEW_YORK, ray).build();
  final Person tia = person("tia", "Tia", NEW_YORK, ray).build();
  final Person uli = person("uli", "Uli", NEW_YORK, ray).build();
  final Person nora =
      person("nora", "Nora", RIYADH, ray)
          .withWorkingDays(SUNDAY_TO_THURSDAY)
          .withQuietHours("17:00", "10:00")
          .build();
  final Person omar =
      person("omar", "Omar", RIYADH, ray).withWorkingDays(SUNDAY_TO_THURSDAY).build();
  final Person pia = person("pia", "Pia", RIYADH, ray).withWorkingDays(SUNDAY_TO_THURSDAY).build();
  final List<Person> everyone =
      List.of(maya, ben, clara, dan, eva, ray, sam, tia, uli, nora, omar, pia);

  EngineHarness trellis;

  /** The step runner of the harness, with each handler's "sent" steps written down. */
  RunningDueSteps runner;

  final List<Ran> ran = new ArrayList<>();
  final List<Delivered> delivered = new ArrayList<>();

  /** A step a handler reported as sent: its kind, person, the key of the nudge, when it ran. */
  record Ran(StepKind kind, PersonId person, String key, Instant at) {}

  /** A message the chat platform accepted, and the tick it was delivered in. */
  record Delivered(Instant at, Received received) {
    PersonId person() {
      return received.recipient().personId();
    }

    String header() {
      return received.message().header().orElse("");
    }
  }

  /**
   * What one feature does in the simulated org: its data before the clock starts, what its people
   * do on the way, and what must hold at the end.
   */
  interface Scenario {
    default void setUp() {}

    /** The instants the scenario acts at; the clock stops there. */
    default List<Instant> moments() {
      return List.of();
    }

    /** Called after every tick, when what was due has run and been sent. */
    default void afterTick(Instant now) {}

    void verify();
  }

  List<Scenario> scenarios() {
    return List.of(
        new Reflections(),
        new Buddies(),
        new OneOnOnes(),
        new FeedbackAsked(),
        new CareerMaps(),
        new DevTime(),
        new OpportunityDigests());
  }

  @Test
  void threeMonthsOverASmallOrgKeepEveryCadenceWithAtMostOneNudgeAPersonADayAndNoneAtNight() {
    trellis = new EngineHarness(mongo.db(), START, "sim", true);
    runner = recordingRunner();
    trellis.add(everyone.toArray(Person[]::new));
    new MongoOrgs(mongo.db()).save(new Org(ACME, "Acme", Optional.empty(), Optional.empty()));
    trellis.holidays.replace(ACME, HOLIDAYS);
    List<Scenario> scenarios = scenarios();
    scenarios.forEach(Scenario::setUp);

    Instant nextPlanning = START;
    Instant nextRounds = START;
    while (trellis.clock.instant().isBefore(END)) {
      Instant now = nextWake(trellis.clock.instant(), nextPlanning, nextRounds, scenarios);
      trellis.clock.advance(Duration.between(trellis.clock.instant(), now));
      if (!now.isBefore(nextPlanning)) {
        trellis.planning.plan(ACME);
        nextPlanning = now.plus(PLANNING_EVERY);
      }
      if (!now.isBefore(nextRounds)) {
        trellis.runningRounds.run();
        nextRounds = now.plus(BUDDY_TICK);
      }
      runner.runDue();
      int before = trellis.slack.received().size();
      trellis.dispatcher.dispatchDue();
      trellis.slack.received().stream()
          .skip(before)
          .forEach(r -> delivered.add(new Delivered(now, r)));
      for (Scenario scenario : scenarios) {
        scenario.afterTick(now);
      }
    }

    thenEveryNudgeWasDeliveredWhenItRan();
    thenNoPersonHadTwoNudgesOnOneLocalDay();
    thenNothingReachedAnyoneInQuietHoursOnADayOffOrAHoliday();
    scenarios.forEach(Scenario::verify);
  }

  /**
   * The next instant anything waits for: a planned step or a queued message, planning, the buddy
   * ticker or a scenario's moment. The clock jumps there, as a ticker would find nothing to do in
   * between, so three months take seconds.
   */
  Instant nextWake(Instant now, Instant planning, Instant rounds, List<Scenario> scenarios) {
    Instant next = planning.isBefore(rounds) ? planning : rounds;
    for (String queue : List.of("steps", "outbox")) {
      Document first =
          mongo
              .db()
              .getCollection(queue)
              .find(new Document("state", "PENDING"))
              .sort(new Document("dueAt", 1))
              .limit(1)
              .first();
      if (first != null) {
        Instant due = first.getDate("dueAt").toInstant();
        next = earliest(next, due.isAfter(now) ? due : now.plusSeconds(60));
      }
    }
    for (Scenario scenario : scenarios) {
      for (Instant moment : scenario.moments()) {
        next = moment.isAfter(now) ? earliest(next, moment) : next;
      }
    }
    return next;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  // The rules for every nudge, whatever its feature.

  /** The nudges the handlers sent; a nudge is a step whose handler says it is one. */
  List<Ran> nudges() {
    Set<StepKind> nudgeKinds =
        trellis.routes.stepHandlers().stream()
            .filter(StepHandler::isNudge)
            .map(StepHandler::kind)
            .collect(Collectors.toSet());
    return ran.stream().filter(r -> nudgeKinds.contains(r.kind())).toList();
  }

  List<Ran> nudges(StepKind kind, Person person) {
    return nudges().stream()
        .filter(n -> n.kind().equals(kind) && n.person().equals(person.id()))
        .toList();
  }

  void thenEveryNudgeWasDeliveredWhenItRan() {
    assertThat(nudges()).isNotEmpty();
    for (Ran nudge : nudges()) {
      Document sent =
          mongo
              .db()
              .getCollection("outbox_sent")
              .find(new Document("_id", ACME.value() + "/" + nudge.key()))
              .first();
      assertThat(sent).as("the outbox sent " + nudge).isNotNull();
      assertThat(sent.getDate("sentAt").toInstant()).as(nudge.toString()).isEqualTo(nudge.at());
      assertThat(delivered)
          .as("the platform got " + nudge)
          .anyMatch(d -> d.person().equals(nudge.person()) && d.at().equals(nudge.at()));
    }
  }

  void thenNoPersonHadTwoNudgesOnOneLocalDay() {
    Map<String, List<Ran>> byPersonAndDay = new HashMap<>();
    for (Ran nudge : nudges()) {
      LocalDate day = nudge.at().atZone(personOf(nudge.person()).timeZone()).toLocalDate();
      byPersonAndDay.computeIfAbsent(nudge.person() + " " + day, k -> new ArrayList<>()).add(nudge);
    }
    assertThat(byPersonAndDay.values()).allSatisfy(sameDay -> assertThat(sameDay).hasSize(1));
  }

  void thenNothingReachedAnyoneInQuietHoursOnADayOffOrAHoliday() {
    List<Delivered> toPeople =
        delivered.stream().filter(d -> !d.received().recipient().isGroup()).toList();
    assertThat(toPeople).hasSizeGreaterThan(everyone.size() * 9);
    for (Delivered d : toPeople) {
      Person person = personOf(d.person());
      assertThat(Availability.of(person, HOLIDAYS, Optional.empty()).isSendable(d.at()))
          .as(d.header() + " to " + person.name() + " at " + d.at().atZone(person.timeZone()))
          .isTrue();
    }
  }

  // The features' scenarios.

  /**
   * Reflection prompts on each person's cadence: weekly on Friday at 15:00 (Thursday in Riyadh,
   * where Friday is a day off, and before an org holiday), one every other Tuesday for Dan. Ben
   * snoozes his first prompt; Eva pauses for two weeks in November.
   */
  final class Reflections implements Scenario {

    static final ReflectionCadence DANS =
        new ReflectionCadence(2, DayOfWeek.TUESDAY, LocalTime.of(11, 0));
    static final LocalDate EVA_PAUSES = LocalDate.parse("2026-11-02");
    static final LocalDate EVA_RESUMES = EVA_PAUSES.plusWeeks(2);
    final Instant benSnoozes =
        ZonedDateTime.parse("2026-10-09T16:00+02:00[Europe/Berlin]").toInstant();
    final Instant evaPauses = EVA_PAUSES.atTime(9, 0).atZone(eva.timeZone()).toInstant();
    Response paused;

    @Override
    public void setUp() {
      trellis.settings.save(ACME, dan.id(), new PersonSettings(DANS, Optional.empty()));
    }

    @Override
    public List<Instant> moments() {
      return List.of(benSnoozes, evaPauses);
    }

    @Override
    public void afterTick(Instant now) {
      if (now.equals(benSnoozes)) {
        trellis.press(
            ben, firstWithHeader(ben, "Time to reflect"), ReflectionActions.SNOOZE.value());
      }
      if (now.equals(evaPauses)) {
        paused = trellis.command(eva, "pause 2w");
      }
    }

    @Override
    public void verify() {
      StepKind prompt = ReflectionSteps.REFLECTION_PROMPT;
      assertThat(paused).isNotNull();
      assertThat(((Response.Reply) paused).message().text())
          .startsWith("Paused until Mon 16 Nov 2026");
      for (Person person : everyone) {
        List<Ran> prompts = nudges(prompt, person);
        long weekly = prompts.stream().filter(n -> n.key().startsWith("reflection:")).count();
        assertThat(weekly)
            .as("weekly prompts of " + person.name())
            .isEqualTo(expectedPrompts(person));
        assertThat(received(person, "Time to reflect")).hasSize(prompts.size());
      }
      // Friday 15:00 in Berlin, or Thursday 15:00 before the holiday of Friday 16 October.
      assertThat(localTimesOf(nudges(prompt, clara)))
          .contains(
              ZonedDateTime.parse("2026-10-09T15:00+02:00[Europe/Berlin]"),
              ZonedDateTime.parse("2026-10-15T15:00+02:00[Europe/Berlin]"))
          .allSatisfy(at -> assertThat(at.getHour()).isEqualTo(15));
      // Riyadh works Sunday to Thursday: Thursdays, and Wednesday before the holiday of 26 Nov.
      assertThat(localTimesOf(nudges(prompt, nora)))
          .extracting(ZonedDateTime::getDayOfWeek)
          .containsOnly(DayOfWeek.THURSDAY, DayOfWeek.WEDNESDAY);
      // Dan's Tuesdays, or the Wednesday after when another nudge had taken the Tuesday.
      Set<LocalDate> dansOtherNudgeDays =
          nudges().stream()
              .filter(n -> n.person().equals(dan.id()) && !n.kind().equals(prompt))
              .map(n -> n.at().atZone(dan.timeZone()).toLocalDate())
              .collect(Collectors.toSet());
      assertThat(localTimesOf(nudges(prompt, dan)))
          .allSatisfy(
              at ->
                  assertThat(
                          at.getDayOfWeek() == DayOfWeek.TUESDAY
                              || dansOtherNudgeDays.contains(at.toLocalDate().minusDays(1)))
                      .as("Dan's prompt of " + at)
                      .isTrue())
          .extracting(ZonedDateTime::getDayOfWeek)
          .contains(DayOfWeek.TUESDAY);
      // Ben's snoozed prompt came back on Monday with the same question.
      List<Received> bens = received(ben, "Time to reflect");
      assertThat(nudges(prompt, ben))
          .filteredOn(n -> n.key().startsWith("snooze:"))
          .singleElement()
          .satisfies(
              n ->
                  assertThat(n.at().atZone(ben.timeZone()).toLocalDate())
                      .isEqualTo(LocalDate.parse("2026-10-12")));
      assertThat(bens.get(1).message().text()).isEqualTo(bens.get(0).message().text());
      // Nothing at all nudged Eva while she paused.
      assertThat(nudges())
          .filteredOn(n -> n.person().equals(eva.id()))
          .extracting(n -> n.at().atZone(eva.timeZone()).toLocalDate())
          .noneMatch(day -> !day.isBefore(EVA_PAUSES) && day.isBefore(EVA_RESUMES));
    }

    /** One prompt for every cadence week whose prompt falls in the three months, pauses aside. */
    long expectedPrompts(Person person) {
      if (person.equals(dan)) {
        long weeks = 0;
        for (LocalDate monday = LocalDate.parse("2026-10-05");
            monday.plusDays(3).isBefore(LAST_DAY);
            monday = monday.plusWeeks(1)) {
          weeks += DANS.hasPromptInWeekOf(monday) ? 1 : 0;
        }
        return weeks;
      }
      long weeks = ChronoUnit.WEEKS.between(LocalDate.parse("2026-10-05"), LAST_DAY);
      return person.equals(eva) ? weeks - 2 : weeks;
    }
  }

  /**
   * A cohort of all twelve, in pairs every four weeks from Friday 9 October. Two people mark their
   * meetup done early in the first round; the other pairs get one halfway nudge each round, on the
   * Friday (Sunday in Riyadh), which puts that Friday's reflection prompt off to Monday.
   */
  final class Buddies implements Scenario {

    final List<Person> metEarly = List.of(maya, sam);
    final Instant theyMeet = Instant.parse("2026-10-13T13:00:00Z");

    @Override
    public void setUp() {
      trellis.cohorts.save(
          new Cohort(
              new CohortId("lab"),
              ACME,
              "Career lab",
              2,
              4,
              LocalDate.parse("2026-10-09"),
              Cohort.Policy.OPT_OUT,
              6));
    }

    @Override
    public List<Instant> moments() {
      return List.of(theyMeet);
    }

    @Override
    public void afterTick(Instant now) {
      if (now.equals(theyMeet)) {
        metEarly.forEach(p -> trellis.buddy(p, "done"));
      }
    }

    @Override
    public void verify() {
      StepKind nudge = SendingBuddyNudges.BUDDY_NUDGE;
      List<Ran> firstRound =
          nudges().stream()
              .filter(n -> n.kind().equals(nudge) && n.key().contains("/lab/1/"))
              .toList();
      List<Ran> secondRound =
          nudges().stream()
              .filter(n -> n.kind().equals(nudge) && n.key().contains("/lab/2/"))
              .toList();
      Set<PersonId> metInRoundOne = new HashSet<>();
      for (Person p : metEarly) {
        metInRoundOne.add(p.id());
        metInRoundOne.add(buddyInRoundOne(p));
      }
      assertThat(firstRound)
          .extracting(Ran::person)
          .doesNotHaveDuplicates()
          .hasSize(everyone.size() - metInRoundOne.size())
          .doesNotContainAnyElementsOf(metInRoundOne);
      assertThat(secondRound).extracting(Ran::person).doesNotHaveDuplicates().hasSize(12);
      for (Ran n : firstRound) {
        Person person = personOf(n.person());
        assertThat(n.at().atZone(person.timeZone()).toLocalDate())
            .as("halfway through round 1 for " + person.name())
            .isEqualTo(
                LocalDate.parse(
                    person.timeZone().getId().equals(RIYADH) ? "2026-10-25" : "2026-10-23"));
        // One each round after the first (which this person met early in) that reached halfway.
        assertThat(received(person, "Career buddies: halfway through the round"))
            .hasSameSizeAs(nudges(nudge, person))
            .hasSizeGreaterThanOrEqualTo(2);
      }
      // Where the halfway nudge took the Friday, that Friday's prompt waited for Monday, at its own
      // time after the clocks went back.
      for (Ran n : firstRound) {
        Person person = personOf(n.person());
        if (!person.timeZone().getId().equals(RIYADH) && !person.equals(dan)) {
          assertThat(nudges(ReflectionSteps.REFLECTION_PROMPT, person))
              .filteredOn(p -> p.key().endsWith("2026-W43"))
              .singleElement()
              .satisfies(
                  p ->
                      assertThat(p.at().atZone(person.timeZone()).toLocalDateTime())
                          .isEqualTo(LocalDateTime.parse("2026-10-26T15:00")));
        }
      }
      assertThat(putOff(ReflectionSteps.REFLECTION_PROMPT)).hasSizeGreaterThanOrEqualTo(9);
    }

    private PersonId buddyInRoundOne(Person person) {
      return trellis
          .meetups
          .findAll(
              ACME,
              trellis
                  .buddyRounds
                  .summaries(ACME, new CohortId("lab"))
                  .get(0)
                  .meetups(ACME, new CohortId("lab")))
          .stream()
          .filter(m -> m.includes(person.id()))
          .findFirst()
          .orElseThrow()
          .othersThan(person.id())
          .get(0);
    }
  }

  /**
   * Feedback: on Tuesday 6 October Ben (Berlin) asks Clara (Berlin) and Sam (New York) about his
   * roadmap talk. Clara answers the day her request arrives; Sam never does, so he is reminded once
   * a week later and Ben is told after two weeks that it closed. Ben's ask keeps his ask suggestion
   * away; everyone else who asks nobody gets one suggestion after six weeks (the default of {@code
   * feedback.askNudgeAfterWeeks}), a nudge like any other.
   */
  final class FeedbackAsked implements Scenario {

    static final String TOPIC = "my roadmap talk";
    final Instant asked = at(BERLIN, "2026-10-06T09:00");
    boolean answered;

    @Override
    public List<Instant> moments() {
      return List.of(asked);
    }

    @Override
    public void afterTick(Instant now) {
      if (now.equals(asked)) {
        assertThat(text(trellis.feedback(ben, "ask @clara @sam about " + TOPIC)))
            .contains("Clara", "Sam");
      }
      List<Received> requests = received(clara, "Feedback request from Ben");
      if (!answered && !requests.isEmpty()) {
        Response opened = trellis.press(clara, requests.get(0), "feedback.answer");
        var form = ((Response.OpenForm) opened).form();
        trellis.submit(
            clara,
            form.submitAction().value(),
            form.reference(),
            Map.of("went_well", "Clear goals", "try_differently", ""));
        answered = true;
      }
    }

    @Override
    public void verify() {
      Instant requested = firstDelivery(sam, "Feedback request from Ben");
      assertThat(received(clara, "Feedback request from Ben")).hasSize(1);
      assertThat(received(ben, "Feedback from Clara")).hasSize(1);
      assertThat(received(clara, "Reminder")).as("Clara answered").isEmpty();
      List<Instant> reminders = deliveries(sam, "Reminder: feedback for Ben");
      assertThat(reminders).hasSize(1);
      assertThat(Duration.between(requested, reminders.get(0)))
          .isBetween(Duration.ofDays(7), Duration.ofDays(10));
      List<Instant> closed =
          delivered.stream()
              .filter(d -> d.person().equals(ben.id()))
              .filter(d -> d.received().message().text().contains("closed after 14 days"))
              .map(Delivered::at)
              .toList();
      assertThat(closed).hasSize(1);
      assertThat(Duration.between(asked, closed.get(0)))
          .isBetween(Duration.ofDays(14), Duration.ofDays(17));

      StepKind suggestion = StepKind.of("FEEDBACK_ASK_NUDGE");
      assertThat(nudges(suggestion, ben))
          .as("Ben asked, so his suggestion waits six weeks from then")
          .allSatisfy(n -> assertThat(n.at()).isAfter(asked.plus(Duration.ofDays(42))));
      List<Person> suggested =
          everyone.stream().filter(p -> !nudges(suggestion, p).isEmpty()).toList();
      assertThat(suggested)
          .as("each person is looked at in their own week, once known for six weeks")
          .hasSizeGreaterThan(1);
      for (Person person : suggested) {
        List<Ran> theirs = nudges(suggestion, person);
        assertThat(theirs.get(0).at()).isAfter(START.plus(Duration.ofDays(41)));
        for (int i = 1; i < theirs.size(); i++) {
          assertThat(Duration.between(theirs.get(i - 1).at(), theirs.get(i).at()))
              .as(person.name() + ": six weeks between suggestions")
              .isGreaterThan(Duration.ofDays(41));
        }
      }
    }
  }

  /**
   * Career goals: each person's quarterly look at their career map comes once, on their own day of
   * the quarter (so not all at once), as a nudge.
   */
  final class CareerMaps implements Scenario {

    @Override
    public void verify() {
      StepKind mapPrompt = StepKind.of("GOAL_MAP_PROMPT");
      List<Ran> prompts = nudges().stream().filter(n -> n.kind().equals(mapPrompt)).toList();
      assertThat(prompts.stream().map(Ran::person).distinct().count())
          .as("most people's day falls in these months of the quarter")
          .isGreaterThan(everyone.size() / 2);
      assertThat(
              prompts.stream()
                  .map(p -> p.person().value() + "@" + quarterOf(p.at()))
                  .distinct()
                  .count())
          .as("one a quarter")
          .isEqualTo(prompts.size());
      assertThat(
              prompts.stream()
                  .map(p -> p.at().atZone(personOf(p.person()).timeZone()).toLocalDate())
                  .distinct()
                  .count())
          .as("spread over the quarter")
          .isGreaterThan(3);
      for (Ran prompt : prompts) {
        assertThat(received(personOf(prompt.person()), "Your career map, this quarter"))
            .isNotEmpty();
      }
    }
  }

  /**
   * Development time: a budget of 4 hours a month and a protected slot on Wednesdays from 16:00 to
   * 17:30, in each person's zone. Ben logs 3 hours in October and 2 in November (half: not under
   * it), Clara 1 hour in October, Nora 3 hours in November; nobody logs later. The monthly reminder
   * reaches exactly those under half the budget, once a month, on or after their third-last working
   * day; the slot reminder comes at 16:00 each Wednesday unless the day's nudge had gone already;
   * nothing else reaches anyone during the slot.
   */
  final class DevTime implements Scenario {

    static final ProtectedSlot WEDNESDAYS = new ProtectedSlot("WED", "16:00", "17:30");
    static final int BUDGET_HOURS = 4;
    static final StepKind MONTHLY = StepKind.of("DEVTIME_MONTHLY_REMINDER");
    static final StepKind SLOT = StepKind.of("DEVTIME_SLOT_REMINDER");
    final Instant october = at(BERLIN, "2026-10-06T09:05");
    final Instant november = at(BERLIN, "2026-11-02T09:05");

    @Override
    public void setUp() {
      trellis.orgSettings.save(
          ACME,
          OrgSettings.DEFAULT.withDevTime(
              new OrgSettings.DevTime(BUDGET_HOURS, Optional.of(WEDNESDAYS))));
    }

    @Override
    public List<Instant> moments() {
      return List.of(october, november);
    }

    @Override
    public void afterTick(Instant now) {
      if (now.equals(october)) {
        assertThat(text(trellis.command(ben, "devtime log 3h Kubernetes course")))
            .startsWith("Logged 3h");
        assertThat(text(trellis.command(clara, "devtime log 1h Reading"))).startsWith("Logged 1h");
      }
      if (now.equals(november)) {
        assertThat(text(trellis.command(ben, "devtime log 2h Workshop"))).startsWith("Logged 2h");
        assertThat(text(trellis.command(nora, "devtime log 3h Course"))).startsWith("Logged 3h");
      }
    }

    @Override
    public void verify() {
      thenTheMonthlyReminderReachedExactlyThoseUnderHalf();
      thenTheSlotReminderCameAtTheStartOfEachSlot();
      thenNothingElseReachedAnyoneDuringTheSlot();
    }

    void thenTheMonthlyReminderReachedExactlyThoseUnderHalf() {
      int months = 0;
      for (Person person : everyone) {
        ZoneId zone = person.timeZone();
        LocalDate lastDay = END.atZone(zone).toLocalDate().minusDays(1);
        for (YearMonth month = YearMonth.from(START.atZone(zone));
            !month.atEndOfMonth().isAfter(lastDay);
            month = month.plusMonths(1)) {
          YearMonth m = month;
          int used =
              trellis.devTime.ofPerson(ACME, person.id(), m, m).stream()
                  .mapToInt(DevTimeEntry::minutes)
                  .sum();
          List<Ran> theirs =
              nudges(MONTHLY, person).stream()
                  .filter(n -> YearMonth.from(n.at().atZone(zone)).equals(m))
                  .toList();
          String what = person.name() + " in " + m + " with " + used + " minutes";
          if (used * 2 < BUDGET_HOURS * 60) {
            assertThat(theirs).as(what).hasSize(1);
            LocalDate day = theirs.get(0).at().atZone(zone).toLocalDate();
            assertThat(day).as(what).isAfterOrEqualTo(thirdLastWorkingDay(person, m));
            months++;
          } else {
            assertThat(theirs).as(what).isEmpty();
          }
        }
        assertThat(received(person, "Your development time, "))
            .hasSize(nudges(MONTHLY, person).size());
      }
      assertThat(months).as("reminders over the run").isGreaterThanOrEqualTo(everyone.size());
      assertThat(nudges(MONTHLY, ben))
          .as("Ben used half or more in October and November")
          .noneMatch(n -> n.key().endsWith("2026-10") || n.key().endsWith("2026-11"));
      assertThat(nudges(MONTHLY, clara)).anyMatch(n -> n.key().endsWith("2026-10"));
    }

    void thenTheSlotReminderCameAtTheStartOfEachSlot() {
      int reminders = 0;
      for (Person person : everyone) {
        ZoneId zone = person.timeZone();
        for (Ran n : nudges(SLOT, person)) {
          ZonedDateTime local = n.at().atZone(zone);
          assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
          assertThat(local.toLocalTime())
              .as(person.name() + " " + local)
              .isEqualTo(WEDNESDAYS.start());
        }
        for (LocalDate day = START.atZone(zone).toLocalDate();
            day.isBefore(END.atZone(zone).toLocalDate());
            day = day.plusDays(1)) {
          LocalDate d = day;
          Instant start = d.atTime(WEDNESDAYS.start()).atZone(zone).toInstant();
          if (d.getDayOfWeek() != DayOfWeek.WEDNESDAY
              || HOLIDAYS.contains(d)
              || (person.equals(eva)
                  && !d.isBefore(Reflections.EVA_PAUSES)
                  && d.isBefore(Reflections.EVA_RESUMES))
              || !start.isBefore(END)) {
            continue;
          }
          boolean reminded = nudges(SLOT, person).stream().anyMatch(n -> n.at().equals(start));
          boolean earlierNudge =
              nudges().stream()
                  .filter(n -> n.person().equals(person.id()) && n.at().isBefore(start))
                  .anyMatch(n -> n.at().atZone(zone).toLocalDate().equals(d));
          assertThat(reminded || earlierNudge)
              .as(
                  person.name()
                      + "'s slot on "
                      + d
                      + ": its reminder, or the day's nudge before it")
              .isTrue();
          reminders += reminded ? 1 : 0;
        }
        assertThat(received(person, "Your development time starts now"))
            .hasSize(nudges(SLOT, person).size());
      }
      assertThat(reminders).as("slot reminders over the run").isGreaterThan(everyone.size() * 4);
    }

    void thenNothingElseReachedAnyoneDuringTheSlot() {
      for (Delivered d : delivered) {
        if (d.received().recipient().isGroup()
            || d.header().equals("Your development time starts now")) {
          continue;
        }
        Person person = personOf(d.person());
        assertThat(WEDNESDAYS.contains(d.at().atZone(person.timeZone()).toLocalDateTime()))
            .as(d.header() + " to " + person.name() + " at " + d.at().atZone(person.timeZone()))
            .isFalse();
      }
    }

    LocalDate thirdLastWorkingDay(Person person, YearMonth month) {
      int found = 0;
      LocalDate day = month.atEndOfMonth();
      for (; ; day = day.minusDays(1)) {
        if (person.workingDays().includes(day.getDayOfWeek()) && !HOLIDAYS.contains(day)) {
          found++;
          if (found == 3) {
            return day;
          }
        }
      }
    }
  }

  /**
   * Weekly and biweekly 1:1s, one between New York and Riyadh: agendas, last 15 minutes and
   * takeaways are not nudges, so they come on their own days whatever nudges a person had that day
   * (Dan's Tuesday 1:1 and his prompt every other Tuesday).
   */
  final class OneOnOnes implements Scenario {

    @Override
    public void setUp() {
      trellis.oneOnOnes.saveAll(
          ACME,
          List.of(
              oneOnOne(maya, dan, Cadence.WEEKLY, DayOfWeek.TUESDAY, "10:00", BERLIN),
              oneOnOne(maya, clara, Cadence.BIWEEKLY, DayOfWeek.WEDNESDAY, "14:00", BERLIN),
              oneOnOne(ray, sam, Cadence.WEEKLY, DayOfWeek.THURSDAY, "11:00", NEW_YORK),
              oneOnOne(ray, nora, Cadence.BIWEEKLY, DayOfWeek.MONDAY, "08:30", NEW_YORK)));
    }

    @Override
    public void verify() {
      int dans = occurrences(DayOfWeek.TUESDAY, 1);
      int claras = occurrences(DayOfWeek.WEDNESDAY, 2);
      assertThat(received(dan, "Last 15 minutes")).hasSize(dans);
      assertThat(received(clara, "Last 15 minutes")).hasSize(claras);
      // Sam's Thursday 1:1 falls on the holiday of 26 November once.
      int sams = occurrences(DayOfWeek.THURSDAY, 1);
      assertThat(received(sam, "Last 15 minutes")).hasSizeBetween(sams - 1, sams);
      assertThat(received(nora, "Last 15 minutes")).hasSize(occurrences(DayOfWeek.MONDAY, 2));
      assertThat(received(maya, "Agenda")).hasSize(dans + claras);
      Set<LocalDate> dansOneOnOneDays =
          delivered.stream()
              .filter(d -> d.person().equals(dan.id()) && d.header().startsWith("Last 15 minutes"))
              .map(d -> d.at().atZone(dan.timeZone()).toLocalDate())
              .collect(Collectors.toSet());
      Set<LocalDate> dansOtherNudgeDays =
          nudges().stream()
              .filter(
                  n ->
                      n.person().equals(dan.id())
                          && !n.kind().equals(ReflectionSteps.REFLECTION_PROMPT))
              .map(n -> n.at().atZone(dan.timeZone()).toLocalDate())
              .collect(Collectors.toSet());
      assertThat(nudges(ReflectionSteps.REFLECTION_PROMPT, dan))
          .as(
              "each of Dan's prompts came on the day of a 1:1 of his, or the day after when"
                  + " another nudge had taken it")
          .isNotEmpty()
          .allSatisfy(
              n -> {
                LocalDate day = n.at().atZone(dan.timeZone()).toLocalDate();
                LocalDate before = day.minusDays(1);
                assertThat(
                        dansOneOnOneDays.contains(day)
                            || (dansOneOnOneDays.contains(before)
                                && dansOtherNudgeDays.contains(before)))
                    .as("Dan's prompt on " + day)
                    .isTrue();
              });
    }

    /**
     * How many 1:1s on this weekday, every {@code weeks} weeks from the first week, the run has.
     */
    private int occurrences(DayOfWeek day, int weeks) {
      int count = 0;
      for (LocalDate d = LocalDate.parse("2026-10-05").with(TemporalAdjusters.nextOrSame(day));
          d.isBefore(LAST_DAY);
          d = d.plusWeeks(weeks)) {
        count++;
      }
      return count;
    }

    private OneOnOne oneOnOne(
        Person manager, Person report, Cadence cadence, DayOfWeek day, String at, String zone) {
      return new OneOnOne(
          OneOnOneId.random(),
          ACME,
          manager.id(),
          report.id(),
          cadence,
          day,
          LocalTime.parse(at),
          Duration.ofMinutes(30),
          ZoneId.of(zone),
          LocalDate.parse("2026-10-05").with(TemporalAdjusters.nextOrSame(day)));
    }
  }

  /**
   * Weekly opportunity digests: Sam (Design) and Nora (Sales) have goals that suit two
   * opportunities posted before the start, Ben's suits his own team's gig (left out) and, from 2
   * November, its role; Clara's goal suits nothing. Each digest explains its matches, none repeats
   * one, nobody gets two in a week, and a week with nothing new sends nothing.
   */
  final class OpportunityDigests implements Scenario {

    static final Instant ROLE_POSTED = Instant.parse("2026-11-02T00:00:00Z");
    static final String DIGEST = "Opportunities for your goals";

    @Override
    public void setUp() {
      trellis.goals.add(ACME, ben.id(), "Learn Kubernetes", GoalDirection.LATERAL, START);
      trellis.goals.add(ACME, sam.id(), "Learn Kubernetes", GoalDirection.LATERAL, START);
      trellis.goals.add(
          ACME, nora.id(), "Build design systems in Figma", GoalDirection.STRETCH, START);
      trellis.goals.add(ACME, clara.id(), "Run a marathon", GoalDirection.GROW, START);
      post(maya, "Kubernetes migration", OpportunityKind.GIG, START, "kubernetes");
      post(ray, "Design system", OpportunityKind.STRETCH_PROJECT, START, "design systems");
    }

    @Override
    public List<Instant> moments() {
      return List.of(ROLE_POSTED);
    }

    @Override
    public void afterTick(Instant now) {
      if (now.equals(ROLE_POSTED)) {
        post(maya, "Platform engineer", OpportunityKind.ROLE, now, "kubernetes");
      }
    }

    @Override
    public void verify() {
      List<Received> sams = received(sam, DIGEST);
      assertThat(sams).hasSize(2);
      assertThat(sams.get(0).message().text())
          .contains("Kubernetes migration")
          .contains(
              "Matches your goal *Learn Kubernetes*, lateral; skill: kubernetes; a gig fits"
                  + " lateral")
          .doesNotContain("Platform engineer");
      assertThat(sams.get(1).message().text())
          .as("the seen gig is not repeated")
          .contains("Platform engineer")
          .doesNotContain("Kubernetes migration");
      assertThat(firstDelivery(sam, DIGEST)).isBefore(START.plus(Duration.ofDays(7)));
      assertThat(deliveries(sam, DIGEST).get(1)).isAfter(ROLE_POSTED);

      List<Received> bens = received(ben, DIGEST);
      assertThat(bens).as("his own team's gig never, its role once").hasSize(1);
      assertThat(bens.get(0).message().text())
          .contains("Platform engineer")
          .doesNotContain("Kubernetes migration");

      assertThat(received(nora, DIGEST))
          .singleElement()
          .satisfies(
              r ->
                  assertThat(r.message().text())
                      .contains(
                          "Matches your goal *Build design systems in Figma*, stretch;"
                              + " skill: design systems; a stretch fits stretch"));
      assertThat(received(clara, DIGEST)).as("nothing matches her goal").isEmpty();
      for (Person person : List.of(maya, ray, dan, eva, tia, uli, omar, pia)) {
        assertThat(received(person, DIGEST)).as(person.name() + " has no goal").isEmpty();
      }

      List<Ran> digests = nudges().stream().filter(n -> n.kind().equals(DIGEST_KIND)).toList();
      assertThat(digests).hasSize(4);
      assertThat(
              digests.stream()
                  .map(
                      d -> {
                        ZonedDateTime local = d.at().atZone(personOf(d.person()).timeZone());
                        return d.person()
                            + " "
                            + local.get(IsoFields.WEEK_BASED_YEAR)
                            + "-"
                            + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                      })
                  .toList())
          .as("no one has two digests in a week")
          .doesNotHaveDuplicates();
      assertThat(
              mongo
                  .db()
                  .getCollection("steps_done")
                  .countDocuments(
                      new Document("kind", DIGEST_KIND.name())
                          .append("outcome", "skipped: no longer needed")))
          .as("the weeks with nothing new to show")
          .isGreaterThan(everyone.size() * 7L);
    }

    private void post(
        Person poster, String title, OpportunityKind kind, Instant at, String... skills) {
      trellis.opportunities.post(
          ACME,
          new OpportunityDraft(
              poster.id(),
              title,
              kind,
              Optional.empty(),
              List.of(skills),
              Optional.empty(),
              LocalDate.parse("2027-06-30")),
          at);
    }
  }

  // Helpers.

  /** The harness's runner again, with every handler wrapped to write down what it sent. */
  private RunningDueSteps recordingRunner() {
    List<StepHandler> recording =
        trellis.routes.stepHandlers().stream().map(h -> (StepHandler) new Recording(h)).toList();
    return new RunningDueSteps(
        trellis.steps,
        recording,
        new NudgeRule(
            new MongoNudgeDays(mongo.db()),
            trellis.people,
            trellis.holidays,
            trellis.settings,
            trellis.steps),
        LatePolicy.DEFAULT,
        trellis.clock,
        "sim",
        Duration.ofMinutes(2));
  }

  private final class Recording implements StepHandler {
    private final StepHandler handler;

    Recording(StepHandler handler) {
      this.handler = handler;
    }

    @Override
    public StepKind kind() {
      return handler.kind();
    }

    @Override
    public boolean isNudge() {
      return handler.isNudge();
    }

    @Override
    public boolean goesInProtectedSlot() {
      return handler.goesInProtectedSlot();
    }

    @Override
    public List<PlannedStep> stillWanted(List<PlannedStep> steps, Instant now) {
      return handler.stillWanted(steps, now);
    }

    @Override
    public Map<PlannedStep, String> run(List<PlannedStep> steps, Instant now) {
      Map<PlannedStep, String> outcomes = handler.run(steps, now);
      outcomes.forEach(
          (step, outcome) -> {
            if (outcome.equals("sent")) {
              ran.add(
                  new Ran(step.kind(), step.recipient(), NudgeRule.originalKey(step.key()), now));
            }
          });
      return outcomes;
    }
  }

  /** The nudges of a kind that went out only after they were put off. */
  List<Document> putOff(StepKind kind) {
    return mongo
        .db()
        .getCollection("steps_done")
        .find(
            new Document("kind", kind.name())
                .append(
                    "_id",
                    new Document("$regex", "^" + ACME.value() + "/" + NudgeRule.PUT_OFF_PREFIX))
                .append("outcome", "sent"))
        .into(new ArrayList<>());
  }

  List<Received> received(Person person, String headerStart) {
    return delivered.stream()
        .filter(d -> d.person().equals(person.id()) && d.header().startsWith(headerStart))
        .map(Delivered::received)
        .toList();
  }

  List<Instant> deliveries(Person person, String headerStart) {
    return delivered.stream()
        .filter(d -> d.person().equals(person.id()) && d.header().startsWith(headerStart))
        .map(Delivered::at)
        .toList();
  }

  Instant firstDelivery(Person person, String headerStart) {
    List<Instant> all = deliveries(person, headerStart);
    assertThat(all).as(person.name() + "'s " + headerStart).isNotEmpty();
    return all.get(0);
  }

  static Instant at(String zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
  }

  static String text(Response response) {
    assertThat(response).isInstanceOf(Response.Reply.class);
    return ((Response.Reply) response).message().text();
  }

  Received firstWithHeader(Person person, String headerStart) {
    return received(person, headerStart).get(0);
  }

  List<ZonedDateTime> localTimesOf(List<Ran> nudges) {
    return nudges.stream().map(n -> n.at().atZone(personOf(n.person()).timeZone())).toList();
  }

  Person personOf(PersonId id) {
    return everyone.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static PersonBuilder person(String id, String name, String zone, Person manager) {
    PersonBuilder builder =
        aPerson()
            .withId(new PersonId(id))
            .withName(name)
            .withEmail(id + "@acme.example")
            .withDepartment(
                zone.equals(NEW_YORK) ? "Design" : zone.equals(BERLIN) ? "Engineering" : "Sales")
            .withSlackUserId("U" + id.toUpperCase())
            .withTimeZone(zone);
    return manager == null ? builder : builder.withManager(manager);
  }

  private static String quarterOf(Instant at) {
    LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }
}
