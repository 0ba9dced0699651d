package dev.trellis.app.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded server's in-memory storage ({@code TRELLIS_EMBEDDED_MONGO=memory}), answering
 * queries with copies of the stored documents, as {@link FileBackend} does: the stock backend hands
 * a query the stored document itself, which a later update changes in place while the first reply
 * may still be encoding it.
 */
public final class MemoryStore extends MemoryBackend {

  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName, getCursorRegistry());
  }

  private static final class Database extends MemoryDatabase {

    Database(String name, CursorRegistry cursors) {
      super(name, cursors);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      return new CopyingCollection(this, collectionName, options, cursorRegistry);
    }
  }

  private static final class CopyingCollection extends MemoryCollection {

    CopyingCollection(
        MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
      super(database, name, options, cursors);
    }

    @Override
    protected QueryResult matchDocumentsFromStream(
        Document query,
        Stream<Document> documents,
        int numberToSkip,
        int limit,
        int batchSize,
        Comparator<Document> order,
        Document fieldSelector) {
      // Only matches are copied; the superclass matches them again, which is cheap.
      Stream<Document> copies =
          documents.filter(d -> documentMatchesQuery(d, query)).map(Document::cloneDeeply);
      return super.matchDocumentsFromStream(
          query, copies, numberToSkip, limit, batchSize, order, fieldSelector);
    }
  }
}
