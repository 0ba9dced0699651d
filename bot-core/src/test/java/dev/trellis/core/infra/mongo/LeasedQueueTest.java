package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Claims on the embedded MongoDB: at most the limit, and never one document to two claimants. */
class LeasedQueueTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final Instant LEASE = NOW.plus(Duration.ofMinutes(1));

  MongoCollection<Document> queue;
  LeasedQueue leases;

  @BeforeEach
  void setUp() {
    queue = mongo.db().getCollection("queue");
    MongoCollection<Document> done = mongo.db().getCollection("queue_done");
    leases = new LeasedQueue(queue, List.of(done));
  }

  @Test
  void aClaimTakesAtMostItsLimitAndTheNextClaimTakesOthers() {
    addDue(10);

    List<Document> first = leases.claim("one", NOW, LEASE, 3);
    List<Document> second = leases.claim("two", NOW, LEASE, 3);

    assertThat(first).hasSize(3).allSatisfy(d -> assertThat(d).containsEntry("leaseOwner", "one"));
    assertThat(second).hasSize(3).allSatisfy(d -> assertThat(d).containsEntry("leaseOwner", "two"));
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    assertThat(leases.claim("three", NOW, LEASE, 100)).hasSize(4);
    assertThat(leases.claim("four", NOW, LEASE, 100)).isEmpty();
  }

  @Test
  void aDocumentPutBackIsClaimedAgainOnlyWhenDue() {
    addDue(1);
    leases.claim("one", NOW, LEASE, 5);

    leases.release("job-0", NOW.plusSeconds(30), new Document(), new Document());

    assertThat(leases.claim("two", NOW.plusSeconds(10), LEASE, 5)).isEmpty();
    assertThat(leases.claim("two", NOW.plusSeconds(30), LEASE, 5)).hasSize(1);
  }

  @Test
  void aDocumentQueuedByAVersionWithoutStampsIsClaimedOnce() {
    queue.insertOne(
        new Document("_id", "legacy")
            .append("state", LeasedQueue.PENDING)
            .append("dueAt", Date.from(NOW)));

    assertThat(leases.claim("one", NOW, LEASE, 5))
        .extracting(d -> d.get("_id"))
        .containsExactly("legacy");
    assertThat(leases.claim("two", NOW, LEASE, 5)).isEmpty();
  }

  @Test
  void concurrentClaimantsNeverGetTheSameDocument() throws Exception {
    int count = 300;
    addDue(count);
    ExecutorService claimants = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Object>>> work = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        String owner = "claimant-" + c;
        work.add(
            () -> {
              List<Object> got = new ArrayList<>();
              List<Document> batch;
              while (!(batch = leases.claim(owner, NOW, LEASE, 7)).isEmpty()) {
                got.addAll(ids(batch));
              }
              return got;
            });
      }
      List<Object> all = Collections.synchronizedList(new ArrayList<>());
      for (Future<List<Object>> done : claimants.invokeAll(work)) {
        all.addAll(done.get());
      }

      assertThat(all).hasSize(count).doesNotHaveDuplicates();
    } finally {
      claimants.shutdownNow();
    }
  }

  private void addDue(int count) {
    IntStream.range(0, count).forEach(i -> leases.add(LeasedQueue.pending("job-" + i, NOW)));
  }

  private static List<Object> ids(List<Document> docs) {
    return docs.stream().map(d -> d.get("_id")).toList();
  }
}
