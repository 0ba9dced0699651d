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
 * The in-memory storage (mongo-java-server's memory backend) that never hands out a stored
 * document: queries get copies ({@link CopiedMatches}). The stock memory collection lets an update
 * change the stored document it found in place; as it finds a copy here, the change is written back
 * to the stored document, which no reply ever holds. It takes the {@link QueryShortcuts} too.
 */
public final class CopyingMemoryBackend extends MemoryBackend {

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
      return new Collection(this, collectionName, options, cursorRegistry);
    }
  }

  private static final class Collection extends MemoryCollection {

    private final QueryShortcuts shortcuts = new QueryShortcuts();

    Collection(
        MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
      super(database, name, options, cursors);
    }

    @Override
    protected QueryResult queryDocuments(
        Document query,
        Document orderBy,
        int numberToSkip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      Iterable<Integer> byId = QueryShortcuts.candidatesById(getIndexes(), query);
      if (byId == null) {
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
      }
      return matchDocuments(query, byId, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
      return shortcuts.matches(document, query, super::documentMatchesQuery);
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
      return super.matchDocumentsFromStream(
          query,
          CopiedMatches.of(documents, d -> documentMatchesQuery(d, query)),
          numberToSkip,
          limit,
          batchSize,
          order,
          fieldSelector);
    }

    /** The update changed a copy: the stored document takes its new content. */
    @Override
    protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
      Document stored = getDocument(position);
      if (stored != oldDocument) {
        stored.clear();
        stored.putAll(newDocument.cloneDeeply());
      }
    }
  }
}
