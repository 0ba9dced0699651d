package dev.trellis.app.harness;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import dev.trellis.app.mongo.CopyingMemoryBackend;
import java.net.InetSocketAddress;
import org.bson.Document;

/**
 * One MongoDB for every Trellis process of a run: mongo-java-server with the in-memory storage the
 * embedded database uses ({@link CopyingMemoryBackend}), on a TCP port of this JVM, reached through
 * the real driver ({@code MONGODB_URI=mongodb://127.0.0.1:<port>}).
 */
final class SharedDatabase implements AutoCloseable {

  static final String NAME = "trellis";

  private final MongoServer server = new MongoServer(new CopyingMemoryBackend());
  private final String uri;
  private final MongoClient client;

  SharedDatabase() {
    // The server logs each connection it opens and closes; several hundred in a run.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    client = MongoClients.create(uri);
  }

  String uri() {
    return uri;
  }

  MongoDatabase db() {
    return client.getDatabase(NAME);
  }

  long count(String collection) {
    return db().getCollection(collection).countDocuments();
  }

  long count(String collection, Document filter) {
    return db().getCollection(collection).countDocuments(filter);
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
