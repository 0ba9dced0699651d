package dev.trellis.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both embedded storages answer queries with copies: a document changed by other threads while it
 * is read many times is never half-changed in an answer, and the server never fails to send one.
 */
class EmbeddedStoresHandOutCopiesTest {

  static final int WRITERS = 3;
  static final int WRITES_EACH = 300;
  static final int READS = 1500;

  @TempDir Path dir;

  @Test
  void theMemoryStorageNeverAnswersWithADocumentBeingChanged() throws Exception {
    readWhileOthersWrite(new CopyingMemoryBackend());
  }

  @Test
  void theFileStorageNeverAnswersWithADocumentBeingChanged() throws Exception {
    readWhileOthersWrite(new FileBackend(dir.resolve("copies.mv.db").toString()));
  }

  @Test
  void theMemoryStorageKeepsWhatUpdatesWriteThroughTheCopies() {
    MongoServer server = new MongoServer(new CopyingMemoryBackend());
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      MongoCollection<Document> c = client.getDatabase("trellis").getCollection("outbox");
      c.insertOne(new Document("_id", "m1").append("state", "pending"));
      c.insertOne(new Document("_id", "m2").append("state", "pending"));

      c.updateOne(Filters.eq("_id", "m1"), Updates.set("state", "sent"));
      Document claimed =
          c.findOneAndUpdate(
              Filters.eq("state", "pending"),
              Updates.set("state", "claimed"),
              new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
      c.deleteOne(Filters.eq("_id", "m1"));

      assertThat(claimed).containsEntry("_id", "m2").containsEntry("state", "claimed");
      assertThat(c.find().into(new ArrayList<>()))
          .containsExactly(new Document("_id", "m2").append("state", "claimed"));
    } finally {
      server.shutdown();
    }
  }

  /**
   * Writers replace the document with versions of different shapes (version {@code n} has {@code n
   * % 20 + 1} fields, all equal to {@code n}); a reader checks every answer is one whole version.
   */
  private static void readWhileOthersWrite(MongoBackend backend) throws Exception {
    MongoServer server = new MongoServer(backend);
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      MongoCollection<Document> c = client.getDatabase("trellis").getCollection("docs");
      c.insertOne(version(0));
      List<Callable<Integer>> work = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        work.add(
            () -> {
              for (int i = 1; i <= WRITES_EACH; i++) {
                c.replaceOne(Filters.eq("_id", "d"), version(i * WRITERS + writer));
              }
              return WRITES_EACH;
            });
      }
      work.add(
          () -> {
            for (int i = 0; i < READS; i++) {
              assertWhole(c.find(Filters.eq("_id", "d")).first());
              c.find().forEach(EmbeddedStoresHandOutCopiesTest::assertWhole);
            }
            return READS;
          });

      for (Future<Integer> done : threads.invokeAll(work)) {
        assertThat(done.get()).isPositive();
      }
      assertWhole(c.find(Filters.eq("_id", "d")).first());
    } finally {
      threads.shutdownNow();
      server.shutdown();
    }
  }

  private static Document version(int n) {
    Document doc = new Document("_id", "d").append("n", n);
    for (int f = 0; f <= n % 20; f++) {
      doc.append("f" + f, n);
    }
    return doc;
  }

  private static void assertWhole(Document read) {
    int n = read.getInteger("n");
    assertThat(read).as("version %d as read", n).isEqualTo(version(n));
  }
}
