package dev.trellis.app.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Two shortcuts the embedded server's collections lack, for both storages; each gives the answer
 * the server's own matching gives, only sooner.
 *
 * <ul>
 *   <li>A query names {@code _id} (a value or an {@code $in}) and more fields: the server uses an
 *       index only when it covers exactly the query's fields, and scanned the whole collection for
 *       such a query (a claim by {@code _id} and stamp). Here the {@code _id} index gives the
 *       candidates, which are then matched against the whole query.
 *   <li>Matching a document against an {@code $in} of strings: the server compares the value with
 *       every element of the list, so finding or deleting n documents by an {@code $in} of their n
 *       ids costs n² comparisons. Here a query whose fields are all plain names, each asked for a
 *       string or an {@code $in} of strings, is matched through hash sets, as long as the
 *       document's values are strings; anything else is matched by the server as before.
 * </ul>
 */
final class QueryShortcuts {

  private static final String ID = "_id";
  private static final String IN = "$in";

  /** The last query's sets, kept while the same query object matches document after document. */
  private volatile Compiled last = new Compiled(null, null);

  /**
   * The {@code _id} index's candidates for a query no index answers as a whole but whose {@code
   * _id} one does; {@code null} when there is no such shortcut.
   */
  static <P> Iterable<P> candidatesById(List<Index<P>> indexes, Document query) {
    if (query.size() < 2 || !query.containsKey(ID)) {
      return null;
    }
    for (Index<P> index : indexes) {
      if (index.canHandle(query)) {
        return null;
      }
    }
    Document byId = new Document(ID, query.get(ID));
    for (Index<P> index : indexes) {
      if (isIdIndex(index) && index.canHandle(byId)) {
        return index.getPositions(byId);
      }
    }
    return null;
  }

  /** Whether the document matches the query; {@code server} is the server's own matching. */
  boolean matches(Document document, Document query, BiPredicate<Document, Document> server) {
    Compiled compiled = last;
    if (compiled.query != query) {
      compiled = new Compiled(query, strings(query));
      last = compiled;
    }
    if (compiled.wanted == null) {
      return server.test(document, query);
    }
    for (Map.Entry<String, Set<String>> field : compiled.wanted.entrySet()) {
      Object value = document.get(field.getKey());
      if (!(value instanceof String)) {
        return server.test(document, query);
      }
      if (!field.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdIndex(Index<?> index) {
    return index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(ID);
  }

  /** For each field, the strings it may equal; {@code null} unless the query is that simple. */
  private static Map<String, Set<String>> strings(Document query) {
    Map<String, Set<String>> wanted = new HashMap<>();
    for (Map.Entry<String, Object> field : query.entrySet()) {
      String name = field.getKey();
      if (name.startsWith("$") || name.contains(".")) {
        return null;
      }
      Object asked = field.getValue();
      if (asked instanceof String value) {
        wanted.put(name, Set.of(value));
      } else if (asked instanceof Document operator
          && operator.size() == 1
          && operator.get(IN) instanceof Collection<?> values
          && values.stream().allMatch(String.class::isInstance)) {
        Set<String> set = new HashSet<>();
        values.forEach(v -> set.add((String) v));
        wanted.put(name, set);
      } else {
        return null;
      }
    }
    return wanted;
  }

  private record Compiled(Document query, Map<String, Set<String>> wanted) {}
}
