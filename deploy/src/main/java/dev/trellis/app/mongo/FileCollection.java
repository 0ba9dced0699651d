package dev.trellis.app.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection of the file storage that answers queries with copies of the stored documents (see
 * {@link CopiedMatches}), and takes the {@link QueryShortcuts}. An update changes the document it
 * was handed in place before storing it; with copies that is never a document a reply is being
 * encoded from, or one the store holds.
 */
final class FileCollection extends H2Collection {

  private final QueryShortcuts shortcuts = new QueryShortcuts();

  FileCollection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, Document> documents,
      MVMap<String, Object> metadata,
      CursorRegistry cursors) {
    super(database, name, options, documents, metadata, cursors);
  }

  @Override
  protected QueryResult queryDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    Iterable<Object> byId = QueryShortcuts.candidatesById(getIndexes(), query);
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
}
