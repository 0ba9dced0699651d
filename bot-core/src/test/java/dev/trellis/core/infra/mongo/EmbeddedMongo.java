package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded MongoDB wire-protocol server with its in-memory backend, reached through the real
 * driver over TCP. Start one per test class; {@link #freshDatabase} gives each test an empty
 * database with the indexes of {@link MongoSchema}.
 */
final class EmbeddedMongo implements AutoCloseable {

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

  MongoDatabase freshDatabase() {
    MongoDatabase db = client.getDatabase("trellis");
    db.drop();
    MongoSchema.ensureIndexes(db);
    return db;
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
