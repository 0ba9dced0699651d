package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.PromptedQuestion;
import dev.trellis.core.question.QuestionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoPromptedQuestionsTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  private static final PersonId ALICE = new PersonId("alice-id");
  private static final PersonId BOB = new PersonId("bob-id");
  private static final Instant MONDAY = Instant.parse("2025-01-06T09:00:00Z");
  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private MongoDatabase db;
  private MongoPromptedQuestions prompted;

  @BeforeEach
  void emptyDatabase() {
    db = mongo.db();
    prompted = new MongoPromptedQuestions(db, 3);
  }

  @Test
  void recentPromptsComeNewestFirstWithTheirTimes() {
    prompted.record(ACME, ALICE, question(1), MONDAY);
    prompted.record(ACME, ALICE, question(2), MONDAY.plusSeconds(60));

    assertThat(prompted.recent(ACME, ALICE, 10))
        .containsExactly(
            new PromptedQuestion(question(2), MONDAY.plusSeconds(60)),
            new PromptedQuestion(question(1), MONDAY));
    assertThat(prompted.recent(ACME, ALICE, 1))
        .extracting(PromptedQuestion::questionId)
        .containsExactly(question(2));
    assertThat(prompted.recent(ACME, ALICE, 0)).isEmpty();
  }

  @Test
  void onlyTheLastFewPromptsAreKeptInOneDocumentPerPerson() {
    for (int i = 1; i <= 5; i++) {
      prompted.record(ACME, ALICE, question(i), MONDAY.plusSeconds(i));
    }

    assertThat(prompted.recent(ACME, ALICE, 10))
        .extracting(PromptedQuestion::questionId)
        .containsExactly(question(5), question(4), question(3));
    assertThat(db.getCollection(MongoSchema.PROMPTED_QUESTIONS).countDocuments()).isEqualTo(1);
    Document stored = db.getCollection(MongoSchema.PROMPTED_QUESTIONS).find().first();
    assertThat(stored.getString("orgId")).isEqualTo("acme");
    assertThat(stored.getString("personId")).isEqualTo("alice-id");
    assertThat(stored.getList("recent", Document.class)).hasSize(3);
  }

  @Test
  void manyPeopleAreRecordedAndReadInOneGoWithinTheirOrg() {
    prompted.record(ACME, ALICE, question(1), MONDAY);

    prompted.recordAll(
        ACME, java.util.Map.of(ALICE, question(2), BOB, question(3)), MONDAY.plusSeconds(60));
    var all = prompted.recentOfAll(ACME, java.util.List.of(ALICE, BOB, new PersonId("never")), 10);

    assertThat(all).containsOnlyKeys(ALICE, BOB);
    assertThat(all.get(ALICE))
        .extracting(q -> q.questionId())
        .containsExactly(question(2), question(1));
    assertThat(all.get(BOB)).extracting(q -> q.questionId()).containsExactly(question(3));
    assertThat(prompted.recentOfAll(GLOBEX, java.util.List.of(ALICE, BOB), 10)).isEmpty();
  }

  @Test
  void aPersonNeverAskedHasNoHistory() {
    assertThat(prompted.recent(ACME, ALICE, 12)).isEmpty();
  }

  @Test
  void historyIsPerOrgAndPerson() {
    prompted.record(ACME, ALICE, question(1), MONDAY);
    prompted.record(ACME, BOB, question(2), MONDAY);
    prompted.record(GLOBEX, ALICE, question(3), MONDAY);

    assertThat(prompted.recent(ACME, ALICE, 12))
        .extracting(PromptedQuestion::questionId)
        .containsExactly(question(1));
    assertThat(prompted.recent(ACME, BOB, 12))
        .extracting(PromptedQuestion::questionId)
        .containsExactly(question(2));
    assertThat(prompted.recent(GLOBEX, ALICE, 12))
        .extracting(PromptedQuestion::questionId)
        .containsExactly(question(3));
    assertThat(prompted.recent(GLOBEX, BOB, 12)).isEmpty();
  }

  @Test
  void concurrentRecordingsAreNeitherLostNorDoubled() throws Exception {
    MongoPromptedQuestions roomy = new MongoPromptedQuestions(db, 100);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        done.add(pool.submit(() -> roomy.record(ACME, ALICE, question(n), MONDAY.plusSeconds(n))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(roomy.recent(ACME, ALICE, 100)).hasSize(40);
    assertThat(db.getCollection(MongoSchema.PROMPTED_QUESTIONS).countDocuments()).isEqualTo(1);
  }

  private static QuestionId question(int n) {
    return QuestionId.builtIn("skills." + n);
  }
}
