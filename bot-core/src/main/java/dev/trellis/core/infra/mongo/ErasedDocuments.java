package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.feature.Erasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Rewrites the documents that name an erased person: every string holding their id (a field, an
 * element of a list, a key of a sub-document, a composite {@code _id}) then holds the erasure's
 * anonymous id instead. Texts are dropped by the caller before, as their seal names the old place.
 */
final class ErasedDocuments {

  private ErasedDocuments() {}

  /** Whether any string of the value (keys included) holds {@code needle}. */
  static boolean mentions(Object value, String needle) {
    if (value instanceof String s) {
      return s.contains(needle);
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (mentions(e.getKey(), needle) || mentions(e.getValue(), needle)) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> mentions(v, needle));
    }
    return false;
  }

  /** The org's documents of the collection that name the person. */
  static List<Document> naming(MongoCollection<Document> collection, String orgField, Erasure e) {
    List<Document> found = new ArrayList<>();
    for (Document d : collection.find(new Document(orgField, e.orgId().value()))) {
      if (mentions(d, e.personId().value())) {
        found.add(d);
      }
    }
    return found;
  }

  /** Replaces the person's id by the anonymous id in the document, its {@code _id} too. */
  static void anonymize(MongoCollection<Document> collection, Document doc, Erasure e) {
    Object oldId = doc.get("_id");
    Document replaced = (Document) replaced(doc, e.personId().value(), e.anonymousId().value());
    if (!replaced.get("_id").equals(oldId)) {
      collection.deleteOne(new Document("_id", oldId));
    }
    collection.replaceOne(
        new Document("_id", replaced.get("_id")), replaced, new ReplaceOptions().upsert(true));
  }

  /** Each of the org's documents naming the person: anonymized, or deleted where {@code drop}. */
  static void eraseFrom(
      MongoCollection<Document> collection, String orgField, Erasure e, Predicate<Document> drop) {
    for (Document d : naming(collection, orgField, e)) {
      if (drop.test(d)) {
        collection.deleteOne(new Document("_id", d.get("_id")));
      } else {
        anonymize(collection, d, e);
      }
    }
  }

  static Object replaced(Object value, String from, String to) {
    if (value instanceof String s) {
      return s.replace(from, to);
    }
    if (value instanceof Document doc) {
      Document copy = new Document();
      doc.forEach((k, v) -> copy.append(k.replace(from, to), replaced(v, from, to)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> replaced(v, from, to)).toList();
    }
    return value;
  }
}
