package dev.trellis.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.trellis.app.mongo.FileBackend;
import dev.trellis.core.buddy.Availability;
import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.BuddyCandidate;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortMember;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.buddy.CoordinatingMeetups;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.buddy.PairingEngine;
import dev.trellis.core.buddy.PairingRound;
import dev.trellis.core.buddy.PastRound;
import dev.trellis.core.buddy.RoundFigures;
import dev.trellis.core.buddy.RunningBuddyCommands;
import dev.trellis.core.buddy.RunningBuddyRounds;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.command.BuddyCommand;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.MongoBuddyAssignments;
import dev.trellis.core.infra.mongo.MongoBuddyRounds;
import dev.trellis.core.infra.mongo.MongoCohorts;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoMeetups;
import dev.trellis.core.infra.mongo.MongoOrgQuestions;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.interaction.Response;
import dev.trellis.core.message.MessageRef;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.question.BuiltInQuestions;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.step.Holidays;
import dev.trellis.testkit.TestClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big buddy round with its storage, on the embedded database as the service runs it (H2 file
 * backend, through the real driver) and in memory: an opt-out cohort of 50,000 people in 40
 * departments (teams of 10 under a lead, leads under the department's head; one in a hundred
 * paused, one in two hundred with a "not with"), every one reachable on Slack, with 6 past rounds.
 *
 * <p>Measured: the start of round 7 ({@link StartingBuddyRound#start} wired as {@code
 * BuddyConfiguration} wires it, each store behind a stopwatch so the time splits into reading the
 * roster and history, pairing and intros, and writing {@code buddy_rounds}, {@code buddy_meetups},
 * {@code buddy_people} and the outbox; target < 30 s), then {@code /buddy status} and {@code /buddy
 * propose tomorrow 15:00} for 1,000 random grouped members (p99 < 50 ms each), then the tick at the
 * round's halfway point that plans a nudge for each member of every group that has not agreed a
 * time (< 30 s; the step runner sends them through the nudge rule).
 *
 * <p>The past rounds are started by the same use case, one round day after the other, untimed;
 * after each the outbox is emptied as a dispatcher would (claimed and marked sent), and the round
 * is closed as the tick closes it (nudged, ended, figures recorded), so the measured round meets
 * the history a running service has. The starts of the past rounds warm the start up; besides, like
 * {@link EngineBenchmark}, each measurement follows whole untimed runs on throw-away databases of
 * the same kind. Run with {@code ./mvnw -B -q -o install -DskipTests && ./mvnw -B -o -Pbenchmark
 * -pl deploy verify -Dtest=BuddyRoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Djacoco.skip=true}.
 */
class BuddyRoundBenchmark {

  static final int MEMBERS = 50_000;
  static final int DEPARTMENTS = 40;
  static final int TEAM = 10;
  static final int PAST_ROUNDS = 6;
  static final int COMMANDS = 1_000;
  static final OrgId ORG = new OrgId("bench");
  static final CohortId COHORT = new CohortId("everyone");

  /** A Monday; rounds start every 4 weeks from it, round 7 on Monday 16 November 2026. */
  static final LocalDate FIRST_ROUND_DAY = LocalDate.parse("2026-06-01");

  static final int CADENCE_WEEKS = 4;

  /** The throw-away runs before each measurement: the same org, one past round, 300 commands. */
  static final Scale WARM_UP = new Scale(MEMBERS, 1, 300);

  static final Scale MEASURED = new Scale(MEMBERS, PAST_ROUNDS, COMMANDS);

  record Scale(int members, int pastRounds, int commands) {}

  @TempDir Path dataDir;

  @Test
  void onTheFileBackedEmbeddedDatabase() {
    measure(name -> new FileBackend(dataDir.resolve(name + ".mv.db").toString()), "H2 file");
  }

  @Test
  void onTheInMemoryEmbeddedDatabase() {
    measure(name -> new MemoryBackend(), "in memory");
  }

  private void measure(Function<String, MongoBackend> storage, String description) {
    for (int round = 1; round <= 2; round++) {
      run(
          storage.apply("warm-up-" + round),
          description + ", warm-up, not a result",
          WARM_UP,
          false);
    }
    run(storage.apply("measured"), description, MEASURED, true);
  }

  private void run(MongoBackend backend, String storage, Scale scale, boolean holdToTargets) {
    MongoServer server = new MongoServer(backend);
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      MongoDatabase db = client.getDatabase("trellis");
      MongoSchema.ensureIndexes(db);
      TestClock clock = new TestClock();
      clock.set(roundDay(1));
      List<Person> everyone = everyone(scale.members());
      MongoPeople people = new MongoPeople(db);
      people.saveAll(ORG, everyone);
      new MongoOrgs(db).save(new Org(ORG, "Bench", Optional.of("TBENCH"), Optional.empty()));
      MongoCohorts cohorts = new MongoCohorts(db);
      cohorts.save(
          new Cohort(
              COHORT,
              ORG,
              "Everyone",
              2,
              CADENCE_WEEKS,
              FIRST_ROUND_DAY,
              Cohort.Policy.OPT_OUT,
              PairingRound.DEFAULT_NO_REPEAT_WINDOW));
      storedMembers(scale.members()).forEach(m -> cohorts.saveMember(ORG, COHORT, m));
      MongoOutbox outbox = new MongoOutbox(db, new AesGcmTextCipher(new byte[32]));
      MongoHolidays holidays = new MongoHolidays(db);
      MongoMeetups meetups = new MongoMeetups(db, new AesGcmTextCipher(new byte[32]));
      MongoBuddyAssignments assignments = new MongoBuddyAssignments(db);
      MongoBuddyRounds buddyRounds = new MongoBuddyRounds(db);
      QuestionBank questions = new QuestionBank(BuiltInQuestions.load(), new MongoOrgQuestions(db));

      // The start as BuddyConfiguration wires it, each store behind a stopwatch.
      Stopwatches watches = new Stopwatches();
      Cohorts timedCohorts = watches.around(Cohorts.class, cohorts, "roster");
      StartingBuddyRound starting =
          new StartingBuddyRound(
              timedCohorts,
              new CohortRoster(timedCohorts, watches.around(People.class, people, "roster")),
              new StartingBuddyRound.Stores(
                  watches.around(BuddyRounds.class, buddyRounds, "rounds"),
                  watches.around(Meetups.class, meetups, "meetups"),
                  watches.around(BuddyAssignments.class, assignments, "assignments")),
              new PairingEngine(),
              questions,
              watches.around(Outbox.class, outbox, "outbox"),
              watches.around(Holidays.class, holidays, "outbox"),
              clock);
      // The rest as EngineHarness wires it.
      StartingBuddyRound.Stores stores =
          new StartingBuddyRound.Stores(buddyRounds, meetups, assignments);
      RunningBuddyRounds runningRounds =
          new RunningBuddyRounds(
              new MongoOrgs(db),
              cohorts,
              stores,
              people,
              starting,
              outbox,
              holidays,
              new MongoDueSteps(db),
              clock);
      CoordinatingMeetups coordinating =
          new CoordinatingMeetups(meetups, people, cohorts, buddyRounds, outbox, holidays);
      RunningBuddyCommands commands =
          new RunningBuddyCommands(cohorts, meetups, assignments, people, coordinating);

      long historyStart = System.nanoTime();
      for (int number = 1; number <= scale.pastRounds(); number++) {
        clock.set(roundDay(number));
        assertThat(starting.start(ORG, COHORT)).isInstanceOf(StartingBuddyRound.Started.class);
        deliverAll(outbox, clock.instant().plus(Duration.ofDays(1)));
        close(buddyRounds, number, clock.instant());
      }
      double historySeconds = (System.nanoTime() - historyStart) / 1e9;

      int measuredNumber = scale.pastRounds() + 1;
      clock.set(roundDay(measuredNumber));
      watches.reset();
      long t0 = System.nanoTime();
      StartingBuddyRound.Result result = starting.start(ORG, COHORT);
      double startSeconds = (System.nanoTime() - t0) / 1e9;
      Map<String, Double> parts = watches.seconds();
      assertThat(result).isInstanceOf(StartingBuddyRound.Started.class);
      StartingBuddyRound.Started started = (StartingBuddyRound.Started) result;
      BuddyRound round = started.round();
      double pairingSeconds = replayPairing(cohorts, people, buddyRounds, clock, measuredNumber);

      // The intros go out within minutes; members answer during the working day.
      long d0 = System.nanoTime();
      int delivered = deliverAll(outbox, clock.instant().plus(Duration.ofDays(1)));
      double deliverSeconds = (System.nanoTime() - d0) / 1e9;
      Instant workingDay = clock.instant().plus(Duration.ofHours(9));
      Map<PersonId, Person> byId = new HashMap<>();
      everyone.forEach(p -> byId.put(p.id(), p));
      List<PersonId> grouped = new ArrayList<>();
      round.groups().forEach(g -> grouped.addAll(g.members()));
      SplittableRandom random = new SplittableRandom(7);
      for (int i = grouped.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        PersonId swap = grouped.get(i);
        grouped.set(i, grouped.get(j));
        grouped.set(j, swap);
      }
      long[] statusNanos = new long[scale.commands()];
      long[] proposeNanos = new long[scale.commands()];
      int proposed = 0;
      for (int i = 0; i < scale.commands(); i++) {
        Person person = byId.get(grouped.get(i));
        Instant now = workingDay.plusSeconds(i);
        long s0 = System.nanoTime();
        Response status = commands.run(person, new BuddyCommand.Status(), now);
        long s1 = System.nanoTime();
        Response propose = commands.run(person, new BuddyCommand.Propose("tomorrow 15:00"), now);
        long s2 = System.nanoTime();
        statusNanos[i] = s1 - s0;
        proposeNanos[i] = s2 - s1;
        assertThat(message(status).fallback()).contains("round " + measuredNumber + " (until");
        if (message(propose).text().startsWith("Proposed ")) {
          proposed++;
        }
      }

      clock.set(
          roundDay(measuredNumber)
              .plus(Duration.ofDays(7L * CADENCE_WEEKS).dividedBy(2))
              .plus(Duration.ofHours(8)));
      long h0 = System.nanoTime();
      RunningBuddyRounds.Report halfway = runningRounds.run();
      double halfwaySeconds = (System.nanoTime() - h0) / 1e9;

      double statusMedian = percentile(statusNanos, 50);
      double statusP99 = percentile(statusNanos, 99);
      double proposeMedian = percentile(proposeNanos, 50);
      double proposeP99 = percentile(proposeNanos, 99);
      double reads = parts.getOrDefault("roster", 0.0) + parts.getOrDefault("rounds.list", 0.0);
      double writes =
          parts.getOrDefault("rounds.add", 0.0)
              + parts.getOrDefault("meetups", 0.0)
              + parts.getOrDefault("assignments", 0.0)
              + parts.getOrDefault("outbox", 0.0);
      System.out.printf(
          "%nBENCHMARK buddy round of %d members, %d departments, embedded MongoDB (%s)%n"
              + "  %d past rounds started and closed in %.1f s (untimed)%n"
              + "  started round %d: %d groups, %d left out, %d messages queued, in %.2f s"
              + " (target < 30 s)%n"
              + "    read roster (people, cohort members) %.2f s, history (buddy_rounds) %.2f s%n"
              + "    pairing and intros %.2f s (pairing alone, replayed: %.2f s)%n"
              + "    round (buddy_rounds) %.2f s, meetups (buddy_meetups) %.2f s,"
              + " pointers (buddy_people) %.2f s, outbox %.2f s%n"
              + "  its %d messages claimed and marked sent (a dispatcher without a platform) in"
              + " %.2f s (untimed)%n"
              + "  /buddy status  for %d members: median %.2f ms, p99 %.2f ms (target < 50 ms)%n"
              + "  /buddy propose for %d members: median %.2f ms, p99 %.2f ms (target < 50 ms),"
              + " %d proposed%n"
              + "  halfway tick: %d nudge steps planned in %.2f s (target < 30 s)%n%n",
          scale.members(),
          DEPARTMENTS,
          storage,
          scale.pastRounds(),
          historySeconds,
          round.number(),
          round.groups().size(),
          round.leftOut().size(),
          started.messagesQueued(),
          startSeconds,
          parts.getOrDefault("roster", 0.0),
          parts.getOrDefault("rounds.list", 0.0),
          startSeconds - reads - writes,
          pairingSeconds,
          parts.getOrDefault("rounds.add", 0.0),
          parts.getOrDefault("meetups", 0.0),
          parts.getOrDefault("assignments", 0.0),
          parts.getOrDefault("outbox", 0.0),
          delivered,
          deliverSeconds,
          scale.commands(),
          statusMedian,
          statusP99,
          scale.commands(),
          proposeMedian,
          proposeP99,
          proposed,
          halfway.nudged(),
          halfwaySeconds);

      assertThat(round.number()).isEqualTo(measuredNumber);
      assertThat(round.groups().size()).isGreaterThan(scale.members() * 49 / 100);
      assertThat(proposed).isEqualTo(scale.commands());
      assertThat(halfway.nudged()).isGreaterThan(scale.members() * 9 / 10);
      if (holdToTargets) {
        assertThat(startSeconds).isLessThan(30.0);
        assertThat(statusP99).isLessThan(50.0);
        assertThat(proposeP99).isLessThan(50.0);
        assertThat(halfwaySeconds).isLessThan(30.0);
      }
    } finally {
      server.shutdown();
    }
  }

  private static Instant roundDay(int number) {
    return FIRST_ROUND_DAY
        .plusWeeks((long) CADENCE_WEEKS * (number - 1))
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .plus(Duration.ofMinutes(5));
  }

  /** What a dispatcher does when every message goes out: claims the queue and marks it sent. */
  private static int deliverAll(MongoOutbox outbox, Instant at) {
    List<OutboxEntry> claimed =
        outbox.claimDue(ORG, "bench", at, at.plus(Duration.ofHours(1)), Integer.MAX_VALUE);
    outbox.markSent(
        "bench",
        claimed.stream()
            .map(
                e ->
                    new Outbox.Sent(
                        ORG, e.key(), new MessageRef(Platform.SLACK, e.key().value()), at))
            .toList());
    return claimed.size();
  }

  /** A past round as the tick leaves it: nudged, ended, its figures recorded. */
  private static void close(MongoBuddyRounds rounds, int number, Instant started) {
    int groups = rounds.find(ORG, COHORT, number).orElseThrow().groups().size();
    Instant halfway = started.plus(Duration.ofDays(14));
    Instant ended = started.plus(Duration.ofDays(28));
    rounds.mark(ORG, COHORT, number, BuddyRounds.Step.NUDGED, halfway);
    rounds.mark(ORG, COHORT, number, BuddyRounds.Step.ENDED, ended);
    rounds.recordFigures(
        ORG,
        COHORT,
        number,
        new RoundFigures(
            groups, groups / 2, 0, groups - groups / 2, 0, 0, ended.plus(Duration.ofDays(3))));
  }

  /** The measured round's pairing again, on the same candidates, history and seed, alone. */
  private static double replayPairing(
      Cohorts cohorts, People people, BuddyRounds rounds, Clock clock, int number) {
    Cohort cohort = cohorts.find(ORG, COHORT).orElseThrow();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<BuddyCandidate> candidates = new ArrayList<>();
    for (CohortRoster.Membership m : new CohortRoster(cohorts, people).of(cohort)) {
      Availability availability = m.member().availabilityOn(today);
      candidates.add(
          new BuddyCandidate(
              m.person().id(),
              m.person().department(),
              m.person().managerId(),
              m.member().notWith(),
              availability));
    }
    List<PastRound> history =
        rounds.list(ORG, COHORT).stream()
            .filter(r -> r.number() < number)
            .map(BuddyRound::asHistory)
            .toList();
    byte[] seed = (COHORT.value() + "#" + number).getBytes(StandardCharsets.UTF_8);
    PairingRound round =
        new PairingRound(
            cohort.groupSize(),
            candidates,
            history,
            cohort.noRepeatRounds(),
            UUID.nameUUIDFromBytes(seed).getMostSignificantBits());
    long t0 = System.nanoTime();
    new PairingEngine().pair(round);
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double percentile(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static OutboundMessage message(Response response) {
    return ((Response.Reply) response).message();
  }

  /**
   * Member i is in department i % 40; within it, teams of 10 under a lead, the leads under the
   * department's first member (as {@link PairingBenchmark}'s cohort). Each has a Slack id.
   */
  private static List<Person> everyone(int members) {
    List<Person> all = new ArrayList<>(members);
    for (int i = 0; i < members; i++) {
      int d = i % DEPARTMENTS;
      int rank = i / DEPARTMENTS;
      Optional<PersonId> manager;
      if (rank == 0) {
        manager = Optional.empty();
      } else if (rank % TEAM == 0) {
        manager = Optional.of(id(d));
      } else {
        manager = Optional.of(id((rank / TEAM) * TEAM * DEPARTMENTS + d));
      }
      all.add(
          new Person(
              id(i),
              ORG,
              new Email("person" + i + "@bench.example"),
              "Person " + i,
              manager,
              Optional.of("Dept " + d),
              ZoneId.of("Europe/Berlin"),
              WorkingDays.MONDAY_TO_FRIDAY,
              QuietHours.DEFAULT,
              Optional.of("U" + String.format("%08d", i)),
              Optional.empty()));
    }
    return all;
  }

  /** One in a hundred paused past the measured round, one in two hundred with a "not with". */
  private static List<CohortMember> storedMembers(int members) {
    SplittableRandom random = new SplittableRandom(6);
    List<CohortMember> stored = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      boolean paused = random.nextInt(100) == 0;
      int notWith = random.nextInt(200) == 0 ? random.nextInt(members) : i;
      if (!paused && notWith == i) {
        continue;
      }
      CohortMember m = CohortMember.implicit(id(i));
      if (paused) {
        m = m.pausedUntil(LocalDate.of(2027, 1, 4));
      }
      if (notWith != i) {
        m = m.notWith(Set.of(id(notWith)));
      }
      stored.add(m);
    }
    return stored;
  }

  private static PersonId id(int i) {
    return new PersonId("m" + i);
  }

  /** Time spent in each store, by label and by label.method. */
  private static final class Stopwatches {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T around(Class<T> type, T target, String label) {
      Object proxy =
          Proxy.newProxyInstance(
              type.getClassLoader(),
              new Class<?>[] {type},
              (p, method, args) -> {
                long t0 = System.nanoTime();
                try {
                  return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                } finally {
                  long spent = System.nanoTime() - t0;
                  nanos.merge(label, spent, Long::sum);
                  nanos.merge(label + "." + method.getName(), spent, Long::sum);
                }
              });
      return type.cast(proxy);
    }

    void reset() {
      nanos.clear();
    }

    /** Seconds by label and by label.method. */
    Map<String, Double> seconds() {
      Map<String, Double> seconds = new LinkedHashMap<>();
      nanos.forEach((k, v) -> seconds.put(k, v / 1e9));
      return seconds;
    }
  }
}
