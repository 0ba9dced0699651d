package dev.trellis.app.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import dev.trellis.app.DataDirectory;
import dev.trellis.app.TrellisProperties;
import dev.trellis.app.TrellisProperties.EmbeddedStorage;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB the service uses: the one {@code MONGODB_URI} names, or else an embedded MongoDB
 * wire-protocol server (mongo-java-server) started in-process on a loopback port. Either way the
 * service talks to it through the real driver, so the code cannot tell them apart.
 */
public final class TrellisMongo implements AutoCloseable {

  static final String DATA_FILE = "trellis.mv.db";

  private final MongoClient client;
  private final MongoDatabase database;
  private final Optional<MongoServer> embedded;
  private final String description;

  private TrellisMongo(
      MongoClient client, String database, Optional<MongoServer> embedded, String description) {
    this.client = client;
    this.database = client.getDatabase(database);
    this.embedded = embedded;
    this.description = description;
  }

  public static TrellisMongo start(TrellisProperties properties) {
    TrellisProperties.Mongodb mongodb = properties.mongodb();
    if (mongodb.uri() != null && !mongodb.uri().isBlank()) {
      return external(mongodb);
    }
    return embedded(properties.dataDir(), mongodb);
  }

  private static TrellisMongo external(TrellisProperties.Mongodb mongodb) {
    ConnectionString uri = new ConnectionString(mongodb.uri());
    String database = uri.getDatabase() != null ? uri.getDatabase() : mongodb.database();
    MongoClient client =
        MongoClients.create(measured(MongoClientSettings.builder().applyConnectionString(uri)));
    return new TrellisMongo(
        client,
        database,
        Optional.empty(),
        "MongoDB at "
            + String.join(",", uri.getHosts())
            + " (MONGODB_URI), database '"
            + database
            + "'");
  }

  /**
   * The embedded server answers each connection on a thread of its own group, and a command holds
   * its thread while it waits (for a collection, or for the file store's commit before a write is
   * acknowledged): with the default of twice the cores, writes waiting for a commit stalled the
   * other connections on their threads, reads included. The driver opens at most 100 connections.
   */
  private static final int SERVER_THREADS = 100;

  private static TrellisMongo embedded(Path dataDir, TrellisProperties.Mongodb mongodb) {
    MongoBackend backend;
    String where;
    if (mongodb.embedded() == EmbeddedStorage.MEMORY) {
      backend = new CopyingMemoryBackend();
      where = "in memory only, data is lost when the service stops";
    } else {
      Path file = dataFile(dataDir);
      backend = openFile(file);
      where = "data in " + file;
    }
    MongoServer server = new MongoServer(backend);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1, SERVER_THREADS);
    String connection = server.getConnectionString();
    MongoClientSettings settings =
        measured(
            MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connection))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS)));
    return new TrellisMongo(
        MongoClients.create(settings),
        mongodb.database(),
        Optional.of(server),
        "embedded (mongo-java-server on "
            + server.getLocalAddress()
            + ", "
            + where
            + "), database '"
            + mongodb.database()
            + "'");
  }

  /**
   * The driver's command timings and connection pool figures ({@code mongodb.driver.commands},
   * {@code mongodb.driver.pool.*}) on the global registry, which Prometheus reads.
   */
  private static MongoClientSettings measured(MongoClientSettings.Builder settings) {
    return settings
        .addCommandListener(new MongoMetricsCommandListener(Metrics.globalRegistry))
        .applyToConnectionPoolSettings(
            pool ->
                pool.addConnectionPoolListener(
                    new MongoMetricsConnectionPoolListener(Metrics.globalRegistry)))
        .build();
  }

  private static Path dataFile(Path dataDir) {
    return DataDirectory.prepare(dataDir).resolve(DATA_FILE);
  }

  private static MongoBackend openFile(Path file) {
    try {
      return new FileBackend(file.toString());
    } catch (RuntimeException e) {
      throw new EmbeddedMongoUnavailableException(file, e);
    }
  }

  public MongoDatabase database() {
    return database;
  }

  /** Where the data lives, for logs and health; never includes credentials. */
  public String description() {
    return description;
  }

  public boolean isEmbedded() {
    return embedded.isPresent();
  }

  @Override
  public void close() {
    client.close();
    // shutdown() closes the backend, which for H2 commits and closes the file.
    embedded.ifPresent(MongoServer::shutdown);
  }

  /**
   * The embedded server could not open its data file, most often because another process has it.
   */
  public static final class EmbeddedMongoUnavailableException extends IllegalStateException {
    EmbeddedMongoUnavailableException(Path file, RuntimeException cause) {
      super(
          "Cannot open the embedded database file "
              + file
              + ". Is another Trellis process using the same data directory? Stop it, or set"
              + " TRELLIS_DATA_DIR to another directory, or MONGODB_URI to a MongoDB server.",
          cause);
    }
  }
}
