package dev.trellis.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded file storage keeps every document and unique index intact across restarts. */
class FileBackendTest {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("test.mv.db");
  }

  @Test
  void documentsOfEveryStoredTypeSurviveARestart() {
    Document original =
        new Document("_id", "all-types")
            .append("text", "Grüße, 你好 🌱")
            .append("int", 42)
            .append("long", 9_000_000_000L)
            .append("double", 2.5)
            .append("decimal", Decimal128.parse("12.3400"))
            .append("yes", true)
            .append("at", Date.from(Instant.parse("2026-11-20T14:00:00Z")))
            .append("oid", new ObjectId("65a1b2c3d4e5f60718293a4b"))
            .append("bytes", new Binary(new byte[] {1, 2, 3}))
            .append("uuid", UUID.fromString("0b7b2a8e-2f5e-4d4a-9c39-5b7d7f1f2a10"))
            .append("timestamp", new BsonTimestamp(1_700_000_000, 7))
            .append("nothing", null)
            .append("nested", new Document("a", List.of(1, "two", new Document("three", 3.0))))
            .append("empty", new Document())
            .append("list", List.of());

    withCollection(new FileBackend(file().toString()), c -> c.insertOne(original));
    withCollection(
        new FileBackend(file().toString()),
        c -> assertThat(c.find(new Document("_id", "all-types")).first()).isEqualTo(original));
  }

  @Test
  void aNewDatabaseFileIsReadableByItsOwnerOnly() throws Exception {
    withCollection(new FileBackend(file().toString()), c -> c.insertOne(person("acme", 1)));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
        .isEqualTo("rw-------");
    withCollection(
        new FileBackend(file().toString()),
        c -> assertThat(c.find(key("acme", 1)).first()).containsEntry("_id", "acme/1"));
  }

  @Test
  void uniqueIndexesFindAndRefuseAcrossRestarts() {
    withCollection(
        new FileBackend(file().toString()),
        c -> {
          c.createIndex(Indexes.ascending("orgId", "email"), new IndexOptions().unique(true));
          List<Document> people = new ArrayList<>();
          for (int i = 0; i < 2_000; i++) {
            people.add(person("acme", i));
          }
          c.insertMany(people);
          assertDuplicateRefused(c, person("acme", 7).append("_id", "other"));
        });

    withCollection(
        new FileBackend(file().toString()),
        c -> {
          assertThat(c.find(key("acme", 1234)).first()).containsEntry("_id", "acme/1234");
          assertThat(c.find(key("globex", 1234)).first()).isNull();
          assertDuplicateRefused(c, person("acme", 1999).append("_id", "other"));
          assertDuplicateRefused(c, new Document("_id", "acme/5"));
          c.insertOne(person("globex", 1234));
          c.deleteOne(new Document("_id", "acme/3"));
          c.insertOne(person("acme", 3).append("_id", "acme/3-again"));
        });
  }

  @Test
  void opensAFileWrittenByTheStockBackend() {
    withCollection(
        new H2Backend(file().toString()),
        c -> {
          c.createIndex(Indexes.ascending("orgId", "email"), new IndexOptions().unique(true));
          for (int i = 0; i < 300; i++) {
            c.insertOne(person("acme", i));
          }
        });

    withCollection(
        new FileBackend(file().toString()),
        c -> {
          assertThat(c.countDocuments()).isEqualTo(300);
          assertThat(c.find(key("acme", 250)).first()).containsEntry("_id", "acme/250");
          assertDuplicateRefused(c, person("acme", 250).append("_id", "other"));
          c.insertOne(person("acme", 300));
          c.deleteOne(new Document("_id", "acme/17"));
        });

    // Old and new documents side by side, and the old index order copied only once: the key
    // deleted above stays free.
    withCollection(
        new FileBackend(file().toString()),
        c -> {
          assertThat(c.countDocuments()).isEqualTo(300);
          assertThat(c.find(key("acme", 300)).first()).containsEntry("_id", "acme/300");
          assertThat(c.find(key("acme", 299)).first()).containsEntry("_id", "acme/299");
          c.insertOne(person("acme", 17).append("_id", "acme/17-again"));
          assertDuplicateRefused(c, person("acme", 0).append("_id", "other"));
        });
  }

  @Test
  void indexKeysOrderConsistentlyWithEquality() {
    List<KeyValue> keys =
        List.of(
            new KeyValue("a"),
            new KeyValue("b"),
            new KeyValue(1.0),
            new KeyValue(1),
            new KeyValue(2L),
            new KeyValue(Instant.parse("2026-01-01T00:00:00Z")),
            new KeyValue("a", 1.0),
            new KeyValue("a", "b"),
            new KeyValue(true));
    IndexKeyType type = new IndexKeyType();
    for (KeyValue a : keys) {
      for (KeyValue b : keys) {
        int ab = Integer.signum(type.compare(a, b));
        assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(type.compare(b, a)));
        assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        for (KeyValue c : keys) {
          if (ab < 0 && type.compare(b, c) < 0) {
            assertThat(type.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
          }
        }
      }
    }
    assertThat(type.compare(new KeyValue("a"), new KeyValue("b"))).isNegative();
    assertThat(type.compare(new KeyValue(1.0), new KeyValue("a"))).isNegative();
  }

  @Test
  void everyAcknowledgedWriteIsInTheFileBeforeTheServerStops() throws Exception {
    Path snapshot = dir.resolve("snapshot.mv.db");
    withCollection(
        new FileBackend(file().toString()),
        c -> {
          for (int i = 0; i < 5; i++) {
            c.insertOne(person("acme", i).append("state", "pending"));
            c.updateOne(
                new Document("_id", "acme/" + i),
                new Document("$set", new Document("state", "sent")));
            // What a SIGKILL now would leave: the file as the operating system has it.
            copy(file(), snapshot);
            int written = i + 1;
            withCollection(
                new FileBackend(snapshot.toString()),
                s -> {
                  assertThat(s.countDocuments()).isEqualTo(written);
                  assertThat(s.find(new Document("_id", "acme/" + (written - 1))).first())
                      .containsEntry("state", "sent");
                });
          }
        });
  }

  @Test
  void aQueryIsAnsweredWithACopyThatALaterUpdateLeavesAlone() {
    FileBackend backend = new FileBackend(file().toString());
    try {
      var collection = backend.resolveDatabase("trellis").createCollectionOrThrowIfExists("outbox");
      collection.addDocument(
          new de.bwaldvogel.mongo.bson.Document("_id", "m1").append("state", "pending"));
      de.bwaldvogel.mongo.bson.Document read =
          collection
              .handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "m1"))
              .iterator()
              .next();

      collection.updateDocuments(
          new de.bwaldvogel.mongo.bson.Document("_id", "m1"),
          new de.bwaldvogel.mongo.bson.Document(
              "$set", new de.bwaldvogel.mongo.bson.Document("state", "sent").append("n", 1)),
          ArrayFilters.empty(),
          false,
          false,
          NoopOplog.get());

      // The reply being encoded from the first read is not changed under it.
      assertThat(read).containsEntry("state", "pending").doesNotContainKey("n");
      assertThat(collection.handleQuery(new de.bwaldvogel.mongo.bson.Document("_id", "m1")))
          .singleElement()
          .satisfies(d -> assertThat(d).containsEntry("state", "sent").containsEntry("n", 1));
    } finally {
      backend.close();
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document person(String org, int i) {
    return new Document("_id", org + "/" + i)
        .append("orgId", org)
        .append("email", "person" + i + "@example.com")
        .append("name", "Person " + i);
  }

  private static Document key(String org, int i) {
    return new Document("orgId", org).append("email", "person" + i + "@example.com");
  }

  private static void assertDuplicateRefused(MongoCollection<Document> c, Document doc) {
    assertThatThrownBy(() -> c.insertOne(doc))
        .isInstanceOfSatisfying(
            MongoWriteException.class,
            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
  }

  /** Runs against a server on the backend, then shuts it down as the service does. */
  private static void withCollection(
      MongoBackend backend, Consumer<MongoCollection<Document>> use) {
    MongoServer server = new MongoServer(backend);
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(
                new com.mongodb.ConnectionString(server.bindAndGetConnectionString()))
            .uuidRepresentation(UuidRepresentation.STANDARD)
            .build();
    try (MongoClient client = MongoClients.create(settings)) {
      use.accept(client.getDatabase("trellis").getCollection("people"));
    } finally {
      server.shutdown();
    }
  }
}
