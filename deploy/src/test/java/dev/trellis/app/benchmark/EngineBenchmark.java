package dev.trellis.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import dev.trellis.app.mongo.CopyingMemoryBackend;
import dev.trellis.app.mongo.FileBackend;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.infra.mongo.MongoOneOnOnes;
import dev.trellis.core.infra.mongo.MongoOrgQuestions;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.infra.mongo.MongoPromptedQuestions;
import dev.trellis.core.infra.mongo.MongoPrompts;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.oneonone.OneOnOneSteps;
import dev.trellis.core.oneonone.PlanningOneOnOneSteps;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DispatchReport;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.outbox.OutboxSettings;
import dev.trellis.core.outbox.RecipientRoutes;
import dev.trellis.core.question.BuiltInQuestions;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.reflection.ReflectionSteps;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import dev.trellis.core.schedule.LatePolicy;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.RunningDueSteps;
import dev.trellis.testkit.TestClock;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's targets, on the embedded database as the service runs it (mongo-java-server with its H2
 * file storage by default, or in memory, through the real driver): 10,000 people due in the same
 * minute are planned, rendered and put in the outbox in under 5 s, and dispatched to a no-op
 * platform at more than 2,000 messages a second. Besides the wall times it prints the process's CPU
 * time per phase and its round trips by command shape ({@link CommandCosts}), which say more than
 * wall times on a busy machine. Run with {@code ./mvnw -B -o -Pbenchmark -pl deploy -am verify
 * -Dtest=EngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 */
class EngineBenchmark {

  static final int PEOPLE = 10_000;
  static final OrgId ORG = new OrgId("bench");
  static final Instant FRIDAY_1359_UTC = Instant.parse("2026-11-20T13:59:00Z");

  @TempDir Path dataDir;

  /**
   * The service runs warm: each measurement follows two untimed rounds on throw-away databases of
   * the same kind, so the figures are not the JIT compiler's first impressions.
   */
  @Test
  void onTheFileBackedEmbeddedDatabase() {
    measure(name -> new FileBackend(dataDir.resolve(name + ".mv.db").toString()), "H2 file");
  }

  @Test
  void onTheInMemoryEmbeddedDatabase() {
    measure(name -> new CopyingMemoryBackend(), "in memory");
  }

  private void measure(Function<String, MongoBackend> storage, String description) {
    for (int round = 1; round <= 2; round++) {
      run(storage.apply("warm-up-" + round), description + ", warm-up, not a result", false);
    }
    run(storage.apply("measured"), description, true);
  }

  private void run(MongoBackend backend, String storage, boolean holdToTargets) {
    MongoServer server = new MongoServer(backend);
    CommandCosts costs = new CommandCosts();
    MongoClientSettings clientSettings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(costs)
            .build();
    try (MongoClient client = MongoClients.create(clientSettings)) {
      MongoDatabase db = client.getDatabase("trellis");
      MongoSchema.ensureIndexes(db);
      MongoPeople people = new MongoPeople(db);
      people.saveAll(ORG, everyone());
      TestClock clock = new TestClock();
      clock.set(FRIDAY_1359_UTC);
      MongoDueSteps steps = new MongoDueSteps(db);
      MongoOutbox outbox = new MongoOutbox(db, new AesGcmTextCipher(new byte[32]));
      MongoPeopleSettings settings = new MongoPeopleSettings(db);
      MongoPromptedQuestions prompted = new MongoPromptedQuestions(db, 12);
      MongoPrompts prompts = new MongoPrompts(db);
      QuestionPicker picker =
          new QuestionPicker(
              new QuestionBank(BuiltInQuestions.load(), new MongoOrgQuestions(db)), prompted);
      PlanningSteps planning =
          new PlanningSteps(
              people,
              settings,
              new MongoHolidays(db),
              steps,
              () ->
                  List.of(
                      new ReflectionSteps(),
                      new PlanningOneOnOneSteps(new MongoOneOnOnes(db), new OneOnOneSteps())),
              clock,
              Duration.ofMinutes(10));
      RunningDueSteps runner =
          new RunningDueSteps(
              steps,
              List.of(
                  new SendingReflectionPrompts(
                      people,
                      settings,
                      prompts,
                      picker,
                      prompted,
                      outbox,
                      new SplittableRandom(1),
                      Duration.ofDays(6))),
              new NudgeRule(new MongoNudgeDays(db), people, new MongoHolidays(db), settings, steps),
              LatePolicy.DEFAULT,
              clock,
              "bench",
              Duration.ofMinutes(5));
      NoOpPlatform platform = new NoOpPlatform();
      OutboxDispatcher dispatcher =
          new OutboxDispatcher(
              outbox,
              List.of(platform),
              clock,
              "bench",
              new OutboxSettings(
                  8,
                  Duration.ofSeconds(10),
                  Duration.ofHours(1),
                  Duration.ofMinutes(5),
                  1000,
                  8,
                  64,
                  Duration.ofSeconds(30),
                  Duration.ZERO),
              new SplittableRandom(2),
              new MongoUnreachableRecipients(db),
              RecipientRoutes.AS_STORED,
              new MongoOrgSendingLeases(db));

      costs.phase("plan");
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      PlanningSteps.Report planned = planning.plan(ORG);
      long t1 = System.nanoTime();
      long c1 = cpuNanos();
      clock.set(FRIDAY_1359_UTC.plusSeconds(90));
      costs.phase("render+enqueue");
      RunningDueSteps.Report ran = runner.runDue();
      long t2 = System.nanoTime();
      long c2 = cpuNanos();
      costs.phase("untimed");
      int queued = outbox.pending(ORG, PEOPLE * 2).size();
      costs.phase("dispatch");
      long t3 = System.nanoTime();
      long c3 = cpuNanos();
      DispatchReport sent = dispatcher.dispatchDue();
      long t4 = System.nanoTime();
      long c4 = cpuNanos();
      costs.phase("untimed");

      double planSeconds = (t1 - t0) / 1e9;
      double runSeconds = (t2 - t1) / 1e9;
      double dispatchSeconds = (t4 - t3) / 1e9;
      double perSecond = sent.sent() / dispatchSeconds;
      System.out.printf(
          "%nBENCHMARK %d people due in one minute, embedded MongoDB (%s)%n"
              + "  planned %d steps in %.2f s%n"
              + "  rendered and enqueued %d prompts in %.2f s%n"
              + "  planned + rendered + enqueued: %.2f s (target < 5 s)%n"
              + "  dispatched %d messages in %.2f s: %.0f messages/s (target > 2000/s)%n"
              + "  CPU time of the whole process (less sensitive to other load than the wall"
              + " times): plan %.2f s, render + enqueue %.2f s, dispatch %.2f s%n%n",
          PEOPLE,
          storage,
          planned.planned(),
          planSeconds,
          queued,
          runSeconds,
          planSeconds + runSeconds,
          sent.sent(),
          dispatchSeconds,
          perSecond,
          (c1 - c0) / 1e9,
          (c2 - c1) / 1e9,
          (c4 - c3) / 1e9);
      if (holdToTargets) {
        System.out.println(costs.summary(List.of("plan", "render+enqueue", "dispatch")));
      }

      assertThat(planned.newlyPlanned()).isEqualTo(PEOPLE);
      assertThat(ran.ran()).isEqualTo(PEOPLE);
      assertThat(queued).isEqualTo(PEOPLE);
      assertThat(sent.sent()).isEqualTo(PEOPLE);
      assertThat(platform.delivered.get()).isEqualTo(PEOPLE);
      if (holdToTargets) {
        assertThat(planSeconds + runSeconds).isLessThan(5.0);
        assertThat(perSecond).isGreaterThan(2000.0);
      }
    } finally {
      server.shutdown();
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<Person> everyone() {
    List<Person> all = new ArrayList<>(PEOPLE);
    for (int i = 0; i < PEOPLE; i++) {
      all.add(
          new Person(
              new PersonId("p" + i),
              ORG,
              new Email("person" + i + "@bench.example"),
              "Person " + i,
              Optional.empty(),
              Optional.of("Dept " + (i % 40)),
              ZoneId.of("Europe/Berlin"),
              WorkingDays.MONDAY_TO_FRIDAY,
              QuietHours.DEFAULT,
              Optional.of("U" + String.format("%08d", i)),
              Optional.empty()));
    }
    return all;
  }

  private static final class NoOpPlatform implements ChatPlatform {
    final AtomicInteger delivered = new AtomicInteger();

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public Delivery deliver(Recipient recipient, OutboundMessage message) {
      return new Delivery.Delivered(
          new MessageRef(Platform.SLACK, "ts" + delivered.incrementAndGet()));
    }

    @Override
    public Delivery update(Recipient recipient, MessageRef ref, OutboundMessage message) {
      return new Delivery.Delivered(ref);
    }

    @Override
    public Delivery openForm(Recipient recipient, Form form, String trigger) {
      return new Delivery.Delivered(new MessageRef(Platform.SLACK, "form"));
    }
  }
}
