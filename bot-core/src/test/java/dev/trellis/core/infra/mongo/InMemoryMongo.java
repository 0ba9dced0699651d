package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded MongoDB wire-protocol server with its in-memory backend (handing out copies: {@link
 * CopyingTestBackend}), reached through the real driver. Register it on a static field:
 *
 * <pre>{@code @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();}</pre>
 *
 * One server runs per test class; every test starts with an empty database whose indexes {@link
 * MongoSchema#ensureIndexes} created, and those of any more schemas given (an adapter's own).
 */
public final class InMemoryMongo
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private static final String DATABASE = "trellis";

  private final List<Consumer<MongoDatabase>> moreSchemas;
  private MongoServer server;
  private MongoClient client;
  private MongoDatabase db;

  /** Each test's database also gets the indexes these schemas create. */
  @SafeVarargs
  public InMemoryMongo(Consumer<MongoDatabase>... moreSchemas) {
    this.moreSchemas = List.of(moreSchemas);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new MongoServer(new CopyingTestBackend());
    client = MongoClients.create(server.bindAndGetConnectionString());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (client == null) {
      throw new IllegalStateException(
          "InMemoryMongo must be registered on a static field so that it starts before all tests");
    }
    db = emptyDatabase(DATABASE);
    MongoSchema.ensureIndexes(db);
    moreSchemas.forEach(schema -> schema.accept(db));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (client != null) {
      client.close();
      client = null;
    }
    if (server != null) {
      server.shutdownNow();
      server = null;
    }
  }

  /** The database of the running test, with the indexes of {@link MongoSchema}. */
  public MongoDatabase db() {
    return db;
  }

  /** A database with no collections and no indexes. */
  public MongoDatabase emptyDatabase(String name) {
    MongoDatabase database = client.getDatabase(name);
    database.drop();
    return database;
  }
}
