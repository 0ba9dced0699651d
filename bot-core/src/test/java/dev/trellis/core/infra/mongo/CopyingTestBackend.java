package dev.trellis.core.infra.mongo;

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
 * The stock in-memory backend, except that queries get copies of the stored documents. The stock
 * collection hands a reply the stored documents themselves and encodes it after releasing its lock,
 * while an update changes a stored document in place: a claimant could then read another's claim as
 * if it were the document's state and claim the document again ({@code LeasedQueueTest} saw 307
 * claims of 300 documents under load). The service's own in-memory storage (deploy's {@code
 * CopyingMemoryBackend}) copies the same way; this is its bare form for bot-core's tests.
 */
final class CopyingTestBackend extends MemoryBackend {

  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new MemoryDatabase(databaseName, getCursorRegistry()) {
      @Override
      protected MemoryCollection openOrCreateCollection(
          String collectionName, CollectionOptions options) {
        return new Collection(this, collectionName, options, cursorRegistry);
      }
    };
  }

  private static final class Collection extends MemoryCollection {

    Collection(
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
      return super.matchDocumentsFromStream(
          query,
          documents.filter(d -> documentMatchesQuery(d, query)).map(Document::cloneDeeply),
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
