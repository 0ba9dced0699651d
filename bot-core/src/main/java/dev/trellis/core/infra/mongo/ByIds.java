package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Finds documents by many {@code _id}s in chunks, and deletes them by {@code _id} one statement
 * each. The embedded server answers an {@code $in} on {@code _id} from the index but then matches
 * every hit against the whole list, which grows with the square of the list: 10,000 ids in one
 * query took 2.8 s, in chunks of 500 a few milliseconds. A delete needs no documents back, so it
 * names each {@code _id} on its own (one bulk write), which no server matches against a list.
 */
final class ByIds {

  static final int CHUNK = 500;

  private ByIds() {}

  static void find(MongoCollection<Document> collection, List<?> ids, Consumer<Document> each) {
    for (List<?> chunk : chunks(ids)) {
      collection.find(in(chunk)).forEach(each);
    }
  }

  /** As {@link #find}, with replies of at most {@code batchSize} documents (large documents). */
  static void find(
      MongoCollection<Document> collection, List<?> ids, int batchSize, Consumer<Document> each) {
    for (List<?> chunk : chunks(ids)) {
      collection.find(in(chunk)).batchSize(batchSize).forEach(each);
    }
  }

  static void findIds(MongoCollection<Document> collection, List<?> ids, Consumer<Document> each) {
    for (List<?> chunk : chunks(ids)) {
      collection.find(in(chunk)).projection(new Document("_id", 1)).forEach(each);
    }
  }

  static void delete(MongoCollection<Document> collection, List<?> ids) {
    if (ids.isEmpty()) {
      return;
    }
    List<DeleteOneModel<Document>> deletes = new ArrayList<>(ids.size());
    ids.forEach(id -> deletes.add(new DeleteOneModel<>(new Document("_id", id))));
    collection.bulkWrite(deletes, new BulkWriteOptions().ordered(false));
  }

  private static Document in(List<?> ids) {
    return new Document("_id", new Document("$in", ids));
  }

  private static List<List<?>> chunks(List<?> ids) {
    List<List<?>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return chunks;
  }
}
