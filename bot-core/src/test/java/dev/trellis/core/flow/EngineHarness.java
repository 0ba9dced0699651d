package dev.trellis.core.flow;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyCounts;
import dev.trellis.core.buddy.BuddyExport;
import dev.trellis.core.buddy.BuddyFeature;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.CoordinatingMeetups;
import dev.trellis.core.buddy.PairingEngine;
import dev.trellis.core.buddy.RunningBuddyCommands;
import dev.trellis.core.buddy.RunningBuddyRounds;
import dev.trellis.core.buddy.SendingBuddyNudges;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.conversation.LastUsedPlatforms;
import dev.trellis.core.devtime.DevTimeFeature;
import dev.trellis.core.devtime.DevTimeInAgenda;
import dev.trellis.core.devtime.SendingDevTimeReminders;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.importing.ImportingPeople;
import dev.trellis.core.erasure.ErasingPerson;
import dev.trellis.core.erasure.ErasureFeature;
import dev.trellis.core.export.ExportFeature;
import dev.trellis.core.export.ExportFiles;
import dev.trellis.core.export.PersonalDataExport;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.feedback.FeedbackCadence;
import dev.trellis.core.feedback.FeedbackFeature;
import dev.trellis.core.feedback.FeedbackInAgenda;
import dev.trellis.core.goal.GoalFeature;
import dev.trellis.core.goal.SendingMapPrompts;
import dev.trellis.core.goal.SharedGoalsInAgenda;
import dev.trellis.core.goal.StalledSharedGoals;
import dev.trellis.core.infra.mongo.MongoAgendaQuestions;
import dev.trellis.core.infra.mongo.MongoAuditLog;
import dev.trellis.core.infra.mongo.MongoBuddyAssignments;
import dev.trellis.core.infra.mongo.MongoBuddyRounds;
import dev.trellis.core.infra.mongo.MongoCohorts;
import dev.trellis.core.infra.mongo.MongoDevTimeEntries;
import dev.trellis.core.infra.mongo.MongoDevTimeShares;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoEndedOneOnOnes;
import dev.trellis.core.infra.mongo.MongoErasedPeople;
import dev.trellis.core.infra.mongo.MongoFeedbackRecords;
import dev.trellis.core.infra.mongo.MongoGoals;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoMeetups;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.infra.mongo.MongoOneOnOneOutcomes;
import dev.trellis.core.infra.mongo.MongoOneOnOnes;
import dev.trellis.core.infra.mongo.MongoOpportunities;
import dev.trellis.core.infra.mongo.MongoOpportunityInterests;
import dev.trellis.core.infra.mongo.MongoOrgQuestions;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOrgSettings;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.infra.mongo.MongoPersonRecords;
import dev.trellis.core.infra.mongo.MongoPromptedQuestions;
import dev.trellis.core.infra.mongo.MongoPrompts;
import dev.trellis.core.infra.mongo.MongoReflections;
import dev.trellis.core.infra.mongo.MongoSeenOpportunities;
import dev.trellis.core.infra.mongo.MongoStoredExports;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.interaction.ButtonPress;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.interaction.FormSubmission;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.interaction.TextReply;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.oneonone.DevelopmentQuestions;
import dev.trellis.core.oneonone.OneOnOneFeature;
import dev.trellis.core.oneonone.RecordingOutcomes;
import dev.trellis.core.oneonone.RemovingOneOnOnes;
import dev.trellis.core.oneonone.SendingAgendas;
import dev.trellis.core.oneonone.SendingLastFifteenNudges;
import dev.trellis.core.oneonone.SendingTakeawayPrompts;
import dev.trellis.core.oneonone.SharedSinceLastOneOnOne;
import dev.trellis.core.opportunity.DigestMatches;
import dev.trellis.core.opportunity.OpportunityFeature;
import dev.trellis.core.opportunity.SendingOpportunityDigests;
import dev.trellis.core.opportunity.WeeklyDigest;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.outbox.OutboxSettings;
import dev.trellis.core.outbox.RecipientRoutes;
import dev.trellis.core.outbox.RecordingPlatform;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.question.BuiltInQuestions;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.reflection.AnsweringReflections;
import dev.trellis.core.reflection.ReflectionFeature;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import dev.trellis.core.reflection.TellingOfNewManagers;
import dev.trellis.core.schedule.LatePolicy;
import dev.trellis.core.settings.SettingsFeature;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.core.step.RunningDueSteps;
import dev.trellis.core.step.StepSource;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The whole engine on one database with a clock the test moves: the same stores, planner, runner
 * and outbox the service uses, and a recording chat platform at the outer edge.
 */
final class EngineHarness {

  final MongoDatabase db;
  final TestClock clock;
  final RecordingPlatform slack = new RecordingPlatform(Platform.SLACK);
  final MongoPeople people;
  final MongoOneOnOnes oneOnOnes;
  final MongoPrompts prompts;
  final MongoReflections reflections;
  final MongoPeopleSettings settings;
  final MongoHolidays holidays;
  final MongoDueSteps steps;
  final MongoOutbox outbox;
  final PlanningSteps planning;
  final MongoUnreachableRecipients unreachable;
  final ReplanningOrg replanning;
  final RunningDueSteps runner;
  final OutboxDispatcher dispatcher;
  final ConversationEngine engine;
  final Routes routes;
  final SendingReflectionPrompts sending;
  final MongoPromptedQuestions prompted;
  final MongoAgendaQuestions agendaQuestions;
  final MongoOneOnOneOutcomes outcomes;
  final SendingAgendas agendas;
  final SendingLastFifteenNudges lastFifteen;
  final SendingTakeawayPrompts takeaways;
  final MongoCohorts cohorts;
  final MongoMeetups meetups;
  final MongoBuddyAssignments assignments;
  final MongoBuddyRounds buddyRounds;
  final StartingBuddyRound startingRound;
  final RunningBuddyRounds runningRounds;
  final RunningBuddyCommands buddyCommands;
  final ImportingPeople importingPeople;
  final RemovingOneOnOnes removingOneOnOnes;
  final MongoGoals goals;
  final MongoFeedbackRecords feedback;
  final MongoOpportunities opportunities;
  final MongoOpportunityInterests interests;
  final MongoOrgSettings orgSettings;
  final MongoDevTimeEntries devTime;
  final MongoDevTimeShares devTimeShares;
  final MongoSeenOpportunities seenOpportunities;
  final RecordingCipher cipher = new RecordingCipher();
  final MongoErasedPeople erasedPeople;
  final MongoAuditLog auditLog;
  ErasingPerson erasing;
  final MongoStoredExports storedExports;
  final PersonalDataExport personalExport;
  final ExportFiles exportFiles;

  EngineHarness(MongoDatabase db, Instant start, String owner) {
    this(db, start, owner, false);
  }

  /**
   * {@code quarterlyMapPrompts}: whether everyone's quarterly career-map prompt and weekly
   * opportunity digest are planned. Off unless a test is about them: each person's day in the
   * quarter comes from their (random) id, so it would fall into other tests' weeks at random, and
   * the digests would add a step a person a week to every schedule.
   */
  EngineHarness(MongoDatabase db, Instant start, String owner, boolean quarterlyMapPrompts) {
    this.db = db;
    this.clock = new TestClock(start);
    people = new MongoPeople(db);
    oneOnOnes = new MongoOneOnOnes(db);
    prompts = new MongoPrompts(db);
    reflections = new MongoReflections(db, cipher);
    settings = new MongoPeopleSettings(db);
    holidays = new MongoHolidays(db);
    steps = new MongoDueSteps(db);
    outbox = new MongoOutbox(db, cipher);
    unreachable = new MongoUnreachableRecipients(db);
    prompted = new MongoPromptedQuestions(db, 12);
    agendaQuestions = new MongoAgendaQuestions(db);
    outcomes = new MongoOneOnOneOutcomes(db);
    QuestionPicker picker =
        new QuestionPicker(
            new QuestionBank(BuiltInQuestions.load(), new MongoOrgQuestions(db)), prompted);
    sending =
        new SendingReflectionPrompts(
            people,
            settings,
            prompts,
            picker,
            prompted,
            outbox,
            new SplittableRandom(5),
            Duration.ofDays(6));
    goals = new MongoGoals(db, cipher);
    feedback = new MongoFeedbackRecords(db, cipher);
    opportunities = new MongoOpportunities(db);
    interests = new MongoOpportunityInterests(db);
    orgSettings = new MongoOrgSettings(db);
    devTime = new MongoDevTimeEntries(db, cipher);
    devTimeShares = new MongoDevTimeShares(db);
    seenOpportunities = new MongoSeenOpportunities(db);
    erasedPeople = new MongoErasedPeople(db);
    auditLog = new MongoAuditLog(db);
    storedExports = new MongoStoredExports(db, cipher);
    // Filled from the routes below, as the export feature is one of them.
    List<PersonalExport> sections = new ArrayList<>();
    personalExport = new PersonalDataExport(() -> sections, clock);
    exportFiles = new ExportFiles(storedExports, "https://trellis.example", clock);
    DevelopmentQuestions questions =
        new DevelopmentQuestions(picker, prompted, agendaQuestions, new SplittableRandom(7));
    agendas =
        new SendingAgendas(
            oneOnOnes,
            people,
            settings,
            questions,
            List.of(
                new SharedSinceLastOneOnOne(reflections),
                new SharedGoalsInAgenda(goals),
                new FeedbackInAgenda(feedback, FeedbackCadence.fixed(FeedbackCadence.DEFAULT)),
                new DevTimeInAgenda(devTime, devTimeShares, orgSettings)),
            outbox);
    lastFifteen =
        new SendingLastFifteenNudges(
            oneOnOnes, people, settings, questions, new StalledSharedGoals(goals), outbox);
    takeaways =
        new SendingTakeawayPrompts(
            oneOnOnes, people, settings, prompts, outbox, Duration.ofDays(6));
    List<StepSource> stepSources = new ArrayList<>();
    planning =
        new PlanningSteps(
            people,
            settings,
            holidays,
            steps,
            // Filled from the routes below: the 1:1 feature re-plans through planning.
            () -> stepSources,
            clock,
            Duration.ofHours(48));
    replanning = new ReplanningOrg(steps, planning);
    dispatcher =
        new OutboxDispatcher(
            outbox,
            List.of(slack),
            clock,
            owner,
            new OutboxSettings(
                5,
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                Duration.ofMinutes(2),
                500,
                8,
                64,
                Duration.ofSeconds(30),
                Duration.ZERO),
            new SplittableRandom(6),
            UnreachableRecipients.NONE,
            RecipientRoutes.AS_STORED,
            new MongoOrgSendingLeases(db));
    AnsweringReflections answering =
        new AnsweringReflections(prompts, reflections, people, settings, holidays, steps);
    importingPeople =
        new ImportingPeople(
            people, new TellingOfNewManagers(people, reflections, holidays, outbox, clock));
    removingOneOnOnes = new RemovingOneOnOnes(oneOnOnes, steps);
    cohorts = new MongoCohorts(db);
    meetups = new MongoMeetups(db, cipher);
    assignments = new MongoBuddyAssignments(db);
    buddyRounds = new MongoBuddyRounds(db);
    StartingBuddyRound.Stores buddyStores =
        new StartingBuddyRound.Stores(buddyRounds, meetups, assignments);
    startingRound =
        new StartingBuddyRound(
            cohorts,
            new CohortRoster(cohorts, people),
            buddyStores,
            new PairingEngine(),
            new QuestionBank(BuiltInQuestions.load(), new MongoOrgQuestions(db)),
            outbox,
            holidays,
            clock);
    runningRounds =
        new RunningBuddyRounds(
            new MongoOrgs(db),
            cohorts,
            buddyStores,
            people,
            startingRound,
            outbox,
            holidays,
            steps,
            clock);
    CoordinatingMeetups coordinating =
        new CoordinatingMeetups(meetups, people, cohorts, buddyRounds, outbox, holidays);
    buddyCommands = new RunningBuddyCommands(cohorts, meetups, assignments, people, coordinating);
    routes =
        Routes.of(
            List.of(
                new ReflectionFeature(answering, sending, reflections, prompts, people),
                new SettingsFeature(settings),
                new OneOnOneFeature(
                    oneOnOnes,
                    people,
                    replanning,
                    new RecordingOutcomes(oneOnOnes, outcomes),
                    new OneOnOneFeature.Senders(agendas, lastFifteen, takeaways),
                    new MongoEndedOneOnOnes(db),
                    clock),
                new BuddyFeature(
                    buddyCommands,
                    coordinating,
                    new SendingBuddyNudges(cohorts, buddyStores, people, outbox, holidays),
                    new BuddyExport(cohorts, buddyRounds, meetups, people),
                    new BuddyCounts(buddyRounds, meetups)),
                new GoalFeature(
                    goals,
                    people,
                    new SendingMapPrompts(people, goals, picker, outbox, new SplittableRandom(8)),
                    quarterlyMapPrompts),
                new FeedbackFeature(
                    new FeedbackFeature.Stores(feedback, people, settings, holidays, steps, outbox),
                    new FeedbackFeature.Partners(oneOnOnes, assignments, meetups),
                    FeedbackCadence.fixed(FeedbackCadence.DEFAULT)),
                new DevTimeFeature(
                    new DevTimeFeature.Stores(devTime, devTimeShares, goals, people, orgSettings),
                    SendingDevTimeReminders.monthly(people, goals, devTime, orgSettings, outbox),
                    SendingDevTimeReminders.slot(people, goals, devTime, orgSettings, outbox)),
                new OpportunityFeature(
                    new OpportunityFeature.Stores(
                        opportunities, interests, people, goals, outbox, holidays, clock),
                    new WeeklyDigest(
                        new SendingOpportunityDigests(
                            people,
                            new DigestMatches(opportunities, goals, people, seenOpportunities),
                            seenOpportunities,
                            outbox),
                        seenOpportunities,
                        quarterlyMapPrompts)),
                new ErasureFeature(
                    new ErasureFeature.Stores(
                        people,
                        new MongoPersonRecords(db, cipher),
                        erasedPeople,
                        auditLog,
                        cipher,
                        clock),
                    () -> erasing),
                new ExportFeature(
                    new ExportFeature.Stores(people, settings, storedExports, outbox),
                    personalExport)));
    erasing = new ErasingPerson(people, routes::erasures);
    stepSources.addAll(routes.stepSources());
    sections.addAll(routes.exports());
    runner =
        new RunningDueSteps(
            steps,
            routes.stepHandlers(),
            new NudgeRule(new MongoNudgeDays(db), people, holidays, settings, steps),
            LatePolicy.DEFAULT,
            clock,
            owner,
            Duration.ofMinutes(2));
    engine = new ConversationEngine(people, routes, unreachable, LastUsedPlatforms.NONE);
  }

  void add(Person... persons) {
    people.saveAll(persons[0].orgId(), List.of(persons));
  }

  /** One turn of the service's clock: plan, run what is due, send what is queued. */
  void tick(OrgId orgId) {
    planning.plan(orgId);
    runner.runDue();
    dispatcher.dispatchDue();
  }

  /** Moves the clock in steps of {@code every}, ticking at each, up to {@code until}. */
  void runUntil(OrgId orgId, Instant until, Duration every) {
    while (clock.instant().isBefore(until)) {
      Duration left = Duration.between(clock.instant(), until);
      clock.advance(left.compareTo(every) < 0 ? left : every);
      tick(orgId);
    }
  }

  List<RecordingPlatform.Received> receivedBy(Person person) {
    return slack.received().stream()
        .filter(r -> r.recipient().personId().equals(person.id()))
        .toList();
  }

  RecordingPlatform.Received lastReceivedBy(Person person) {
    List<RecordingPlatform.Received> all = receivedBy(person);
    return all.get(all.size() - 1);
  }

  Response press(Person person, RecordingPlatform.Received received, String action) {
    return press(person, received.message(), action);
  }

  Response press(Person person, OutboundMessage message, String action) {
    Button button =
        message.buttons().stream()
            .filter(b -> b.actionId().value().equals(action))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button " + action));
    return engine.handle(
        new ButtonPress(
            person.orgId(),
            person.id(),
            Platform.SLACK,
            clock.instant(),
            button.actionId(),
            button.value(),
            Optional.empty(),
            "trigger-1"));
  }

  Response reply(Person person, String text) {
    return engine.handle(
        new TextReply(person.orgId(), person.id(), Platform.SLACK, clock.instant(), text));
  }

  Response command(Person person, String text) {
    return engine.handle(
        new CommandLine(
            person.orgId(), person.id(), Platform.SLACK, clock.instant(), "trellis", text, ""));
  }

  Response buddy(Person person, String text) {
    return engine.handle(
        new CommandLine(
            person.orgId(), person.id(), Platform.SLACK, clock.instant(), "buddy", text, ""));
  }

  Response feedback(Person person, String text) {
    return engine.handle(
        new CommandLine(
            person.orgId(), person.id(), Platform.SLACK, clock.instant(), "feedback", text, ""));
  }

  Response submit(Person person, String action, String reference, Map<String, String> values) {
    return engine.handle(
        new FormSubmission(
            person.orgId(),
            person.id(),
            Platform.SLACK,
            clock.instant(),
            new ActionId(action),
            reference,
            values));
  }
}
