package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.GoalId;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Goals keep their numbers for good, get distinct ones under concurrent adds, and rest sealed. */
class MongoGoalsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final OrgId ACME = new OrgId("acme");
  static final OrgId GLOBEX = new OrgId("globex");
  static final PersonId RITA = new PersonId("rita");
  static final PersonId BOB = new PersonId("bob");
  static final PersonId OLGA = new PersonId("olga");
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  MongoGoals goals;
  MongoCollection<Document> raw;

  @BeforeEach
  void givenTheStore() {
    goals = new MongoGoals(mongo.db(), new AesGcmTextCipher(new byte[32]));
    raw = mongo.db().getCollection("goals");
  }

  @Test
  void numbersCountOnPerPersonAndADoneOrDroppedGoalKeepsItsNumber() {
    Goal first = goals.add(ACME, RITA, "Learn Kubernetes", GoalDirection.LEARNING, NOW);
    Goal second = goals.add(ACME, RITA, "Mentor an intern", GoalDirection.MENTORING, NOW);
    Goal bobs = goals.add(ACME, BOB, "Lead the guild", GoalDirection.STRETCH, NOW);
    goals.save(first.withStatus(Goal.Status.DONE, NOW));
    goals.save(second.withStatus(Goal.Status.DROPPED, NOW));

    Goal third = goals.add(ACME, RITA, "Move to design", GoalDirection.LATERAL, NOW);

    assertThat(List.of(first.number(), second.number(), third.number())).containsExactly(1, 2, 3);
    assertThat(bobs.number()).isEqualTo(1);
    assertThat(goals.ofPerson(ACME, RITA))
        .extracting(Goal::number, Goal::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Goal.Status.DONE),
            org.assertj.core.groups.Tuple.tuple(2, Goal.Status.DROPPED),
            org.assertj.core.groups.Tuple.tuple(3, Goal.Status.OPEN));
    assertThat(goals.findByNumber(ACME, RITA, 3)).contains(third);
    assertThat(goals.findByNumber(ACME, BOB, 3)).isEmpty();
    assertThat(goals.findByNumber(GLOBEX, RITA, 1)).isEmpty();
    assertThat(goals.findById(GLOBEX, first.id())).isEmpty();
  }

  @Test
  void concurrentAddsOfOnePersonGetDistinctNumbers() throws Exception {
    int threads = 8;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<List<Integer>> adds =
          () -> {
            start.await();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < each; i++) {
              numbers.add(
                  goals
                      .add(ACME, RITA, "Goal " + thread + "-" + i, GoalDirection.GROW, NOW)
                      .number());
            }
            return numbers;
          };
      results.add(pool.submit(adds));
    }
    start.countDown();
    List<Integer> all = new ArrayList<>();
    for (Future<List<Integer>> result : results) {
      all.addAll(result.get());
    }
    pool.shutdown();

    assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
    assertThat(goals.ofPerson(ACME, RITA)).hasSize(threads * each);
    assertThat(all).allSatisfy(n -> assertThat(n).isBetween(1, threads * each));
  }

  @Test
  void theTextAndNextStepRestEncryptedAndDoNotOpenInAnotherGoal() {
    Goal goal = goals.add(ACME, RITA, "MARKER-TEXT Learn Kubernetes", GoalDirection.LEARNING, NOW);
    goals.save(goal.withNextStep("MARKER-STEP read the docs", NOW).sharedWith(OLGA, NOW));

    Document stored = raw.find(new Document("_id", goal.id().value())).first();
    assertThat(stored.toJson()).doesNotContain("MARKER").contains("olga");
    assertThat(stored.getString("text")).startsWith("v2:");

    Goal bobs = goals.add(ACME, BOB, "Lead the guild", GoalDirection.STRETCH, NOW);
    raw.updateOne(
        new Document("_id", bobs.id().value()),
        new Document("$set", new Document("text", stored.getString("text"))));
    assertThat(goals.findById(ACME, bobs.id()).orElseThrow().text())
        .isEqualTo(TextCipher.UNREADABLE);
    assertThat(goals.findById(ACME, goal.id()).orElseThrow().nextStep())
        .contains("MARKER-STEP read the docs");
  }

  @Test
  void anOrgsOpenGoalsAreAllReadOpenedAndNoneOfAnotherOrgOrClosed() {
    for (int i = 0; i < 2_100; i++) {
      goals.add(ACME, new PersonId("p" + i), "Goal of p" + i, GoalDirection.GROW, NOW);
    }
    Goal done = goals.add(ACME, RITA, "Done", GoalDirection.GROW, NOW);
    goals.save(done.withStatus(Goal.Status.DONE, NOW));
    goals.add(GLOBEX, RITA, "Elsewhere", GoalDirection.GROW, NOW);

    List<Goal> open = new ArrayList<>();
    goals.forEachOpen(ACME, open::add);

    assertThat(open).hasSize(2_100).allSatisfy(g -> assertThat(g.isOpen()).isTrue());
    assertThat(open)
        .extracting(Goal::text)
        .contains("Goal of p0", "Goal of p2099")
        .doesNotContain("Done", "Elsewhere");
  }

  @Test
  void onlyOpenGoalsSharedWithThatPersonAreFoundForThem() {
    Goal shared = goals.add(ACME, RITA, "Shared", GoalDirection.GROW, NOW);
    Goal done = goals.add(ACME, RITA, "Shared, done", GoalDirection.GROW, NOW);
    goals.add(ACME, RITA, "Private", GoalDirection.GROW, NOW);
    goals.save(shared.sharedWith(OLGA, NOW));
    goals.save(done.sharedWith(OLGA, NOW).withStatus(Goal.Status.DONE, NOW));

    assertThat(goals.openSharedWith(ACME, RITA, OLGA))
        .extracting(Goal::text)
        .containsExactly("Shared");
    assertThat(goals.openSharedWith(ACME, RITA, BOB)).isEmpty();

    PersonId anonymous = new PersonId("erased-1");
    goals.eraseOf(new Erasure(ACME, RITA, anonymous));
    assertThat(goals.ofPerson(ACME, RITA)).isEmpty();
    assertThat(goals.ofPerson(ACME, anonymous))
        .extracting(Goal::text)
        .containsOnly("(this text was erased)");
    assertThat(goals.add(ACME, RITA, "Afresh", GoalDirection.GROW, NOW).id())
        .isEqualTo(GoalId.of(ACME, RITA, 1));
  }
}
