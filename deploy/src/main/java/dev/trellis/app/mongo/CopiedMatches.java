package dev.trellis.app.mongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The embedded server's collections hand a query the stored documents themselves: a reply is
 * encoded from them after the collection's lock is released, so an update changing a stored
 * document meanwhile broke the encoding ({@code ConcurrentModificationException} in the wire
 * encoder) or sent a half-changed document. Both storages answer queries with deep copies instead,
 * made while the query holds the collection's lock; only matches are copied (the collection matches
 * them again, which is cheap).
 */
final class CopiedMatches {

  private CopiedMatches() {}

  static Stream<Document> of(Stream<Document> documents, Predicate<Document> matches) {
    return documents.filter(matches).map(Document::cloneDeeply);
  }
}
