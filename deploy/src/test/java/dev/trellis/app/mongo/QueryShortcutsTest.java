package dev.trellis.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both storages' query shortcuts answer as the embedded server's own matching does: the same
 * documents found, updated and deleted, for queries the shortcuts take (an {@code _id} with more
 * fields, strings and {@code $in}s of strings) and for the ones they leave to the server (arrays,
 * mixed types, operators).
 */
class QueryShortcutsTest {

  static final List<Document> QUERIES =
      List.of(
          new Document("_id", "a").append("claim", "s1"),
          new Document("_id", "a").append("claim", "other"),
          new Document("_id", new Document("$in", List.of("a", "b", "nope")))
              .append("claim", new Document("$in", List.of("s1", "s2", "s3"))),
          new Document("_id", new Document("$in", List.of("c", "d", "e", "f"))),
          new Document("_id", new Document("$in", List.of("a", 7))),
          new Document("_id", new Document("$in", List.of()))
              .append("claim", new Document("$in", List.of("s1"))),
          new Document("_id", "e").append("claim", new Document("$exists", false)),
          new Document("_id", new Document("$in", List.of("a", "b", "c"))).append("tags", "x"),
          new Document("tags", new Document("$in", List.of("y", "z"))),
          new Document("claim", "s2").append("state", "PENDING"),
          new Document("_id", "c").append("n", 1.0),
          new Document("_id", "c").append("n", 1),
          new Document("state", new Document("$ne", "CLAIMED")));

  @TempDir Path dir;

  @Test
  void theMemoryStorageFindsWhatTheServerFinds() {
    assertSameAnswers(CopyingMemoryBackend::new);
  }

  @Test
  void theFileStorageFindsWhatTheServerFinds() {
    assertSameAnswers(() -> new FileBackend(dir.resolve("shortcuts.mv.db").toString()));
  }

  @Test
  void theMemoryStorageUpdatesAndDeletesWhatTheServerDoes() {
    assertSameWrites(CopyingMemoryBackend::new);
  }

  @Test
  void theFileStorageUpdatesAndDeletesWhatTheServerDoes() {
    assertSameWrites(() -> new FileBackend(dir.resolve("writes.mv.db").toString()));
  }

  private static void assertSameAnswers(Supplier<MongoBackend> ours) {
    List<List<Document>> expected = onEach(new MemoryBackend(), QueryShortcutsTest::findEach);
    List<List<Document>> actual = onEach(ours.get(), QueryShortcutsTest::findEach);

    assertThat(actual).isEqualTo(expected);
    assertThat(expected.get(0)).extracting(d -> d.get("_id")).containsExactly("a");
    assertThat(expected.get(2)).extracting(d -> d.get("_id")).containsExactly("a", "b");
  }

  private static void assertSameWrites(Supplier<MongoBackend> ours) {
    Function<MongoCollection<Document>, List<List<Document>>> writes =
        c -> {
          List<List<Document>> after = new ArrayList<>();
          for (Document query : QUERIES) {
            c.updateMany(query, new Document("$inc", new Document("touched", 1)));
            after.add(all(c));
          }
          c.deleteMany(QUERIES.get(2));
          c.deleteOne(QUERIES.get(11));
          after.add(all(c));
          return after;
        };

    assertThat(onEach(ours.get(), writes)).isEqualTo(onEach(new MemoryBackend(), writes));
  }

  private static List<List<Document>> findEach(MongoCollection<Document> c) {
    List<List<Document>> answers = new ArrayList<>();
    for (Document query : QUERIES) {
      answers.add(c.find(query).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
    }
    return answers;
  }

  private static List<Document> all(MongoCollection<Document> c) {
    return c.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
  }

  private static <T> T onEach(
      MongoBackend backend, Function<MongoCollection<Document>, T> queries) {
    MongoServer server = new MongoServer(backend);
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      MongoCollection<Document> c = client.getDatabase("trellis").getCollection("queue");
      c.insertMany(
          List.of(
              new Document("_id", "a").append("claim", "s1").append("state", "PENDING"),
              new Document("_id", "b").append("claim", "s2").append("state", "PENDING"),
              new Document("_id", "c").append("claim", "s3").append("n", 1).append("tags", "x"),
              new Document("_id", "d").append("claim", "s2").append("state", "CLAIMED"),
              new Document("_id", "e").append("tags", List.of("x", "y")),
              new Document("_id", "f").append("claim", List.of("s1", "s2")),
              new Document("_id", 7).append("claim", "s1")));
      return queries.apply(c);
    } finally {
      server.shutdown();
    }
  }
}
