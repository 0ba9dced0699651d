package dev.trellis.slack.install;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.trellis.core.infra.mongo.MongoSchema;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded MongoDB wire-protocol server (in-memory backend) reached through the real driver;
 * register it on a static field. Every test starts with an empty database holding the core indexes
 * (the unique Slack team id of orgs among them) and those of {@link SlackInstallSchema}.
 */
final class InMemoryMongo implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private MongoServer server;
  private MongoClient client;
  private MongoDatabase db;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create(server.bindAndGetConnectionString());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    db = client.getDatabase("trellis");
    db.drop();
    MongoSchema.ensureIndexes(db);
    SlackInstallSchema.ensureIndexes(db);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    client.close();
    server.shutdownNow();
  }

  MongoDatabase db() {
    return db;
  }
}
