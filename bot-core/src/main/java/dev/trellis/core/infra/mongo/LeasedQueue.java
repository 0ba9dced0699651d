package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;

/**
 * Work that several instances share through MongoDB: a {@code queue} collection holding only what
 * is still to do, so claim queries stay fast even on the embedded server, and a {@code done}
 * collection holding the keys ({@code _id}) of what left it, so the same key is never done twice.
 *
 * <p>Each queued document has {@code _id}, {@code shard}, {@code state} (PENDING or CLAIMED) and
 * {@code dueAt}. A claim is one atomic update per shard that marks every due document of the shard
 * with the claimant's lease and a fresh token, then reads them back by that token; a document whose
 * lease expired (its holder died) is due again.
 */
final class LeasedQueue {

  static final int SHARDS = 32;
  static final String PENDING = "PENDING";
  static final String CLAIMED = "CLAIMED";

  private final MongoCollection<Document> queue;
  private final List<MongoCollection<Document>> done;

  LeasedQueue(MongoCollection<Document> queue, List<MongoCollection<Document>> done) {
    this.queue = queue;
    this.done = List.copyOf(done);
  }

  static Document pending(String key, Instant dueAt) {
    return new Document("_id", key)
        .append("shard", Math.floorMod(key.hashCode(), SHARDS))
        .append("state", PENDING)
        .append("dueAt", Date.from(dueAt));
  }

  /** Adds one document unless its key is queued or done; answers whether it was added. */
  boolean add(Document doc) {
    Document id = new Document("_id", doc.get("_id"));
    if (isDone(id)) {
      return false;
    }
    try {
      queue.insertOne(doc);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
    // It may have been done and moved out between the check and the insert.
    if (isDone(id)) {
      queue.deleteOne(id);
      return false;
    }
    return true;
  }

  /** Adds many documents in a few round trips; answers the keys that were added. */
  Set<String> addAll(List<Document> docs) {
    if (docs.isEmpty()) {
      return Set.of();
    }
    List<String> keys = docs.stream().map(d -> d.getString("_id")).toList();
    Set<String> skip = doneAmong(keys);
    List<Document> fresh = docs.stream().filter(d -> !skip.contains(d.getString("_id"))).toList();
    Set<String> added = new HashSet<>(fresh.stream().map(d -> d.getString("_id")).toList());
    if (!fresh.isEmpty()) {
      try {
        queue.insertMany(fresh, new InsertManyOptions().ordered(false));
      } catch (MongoBulkWriteException e) {
        requireOnlyDuplicates(e);
        e.getWriteErrors().forEach(w -> added.remove(fresh.get(w.getIndex()).getString("_id")));
      }
    }
    Set<String> doneMeanwhile = doneAmong(List.copyOf(added));
    if (!doneMeanwhile.isEmpty()) {
      queue.deleteMany(new Document("_id", new Document("$in", List.copyOf(doneMeanwhile))));
      added.removeAll(doneMeanwhile);
    }
    return added;
  }

  List<Document> claim(String owner, Instant now, Instant leaseUntil, int limit) {
    // Most ticks find nothing due: one query answers that, instead of one update per shard.
    if (queue.find(due(now)).projection(new Document("_id", 1)).first() == null) {
      return List.of();
    }
    List<Document> claimed = new ArrayList<>();
    int start = ThreadLocalRandom.current().nextInt(SHARDS);
    for (int i = 0; i < SHARDS && claimed.size() < limit; i++) {
      claimed.addAll(claimShard((start + i) % SHARDS, owner, now, leaseUntil));
    }
    return claimed;
  }

  private List<Document> claimShard(int shard, String owner, Instant now, Instant leaseUntil) {
    Document due = due(now).append("shard", shard);
    String token = owner + "/" + UUID.randomUUID();
    Document lease =
        new Document(
            "$set",
            new Document("state", CLAIMED)
                .append("leaseOwner", owner)
                .append("leaseUntil", Date.from(leaseUntil))
                .append("claim", token));
    if (queue.updateMany(due, lease).getModifiedCount() == 0) {
      return List.of();
    }
    return queue.find(new Document("claim", token)).into(new ArrayList<>());
  }

  private static Document due(Instant now) {
    Date at = Date.from(now);
    return new Document(
        "$or",
        List.of(
            new Document("state", PENDING).append("dueAt", new Document("$lte", at)),
            new Document("state", CLAIMED).append("leaseUntil", new Document("$lte", at))));
  }

  /** Records claimed documents as done and takes them out of the queue. */
  void finish(MongoCollection<Document> into, List<Document> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      into.insertMany(records, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      requireOnlyDuplicates(e);
    }
    List<Object> keys = records.stream().map(r -> r.get("_id")).toList();
    queue.deleteMany(new Document("_id", new Document("$in", keys)));
  }

  /** Puts a claimed document back, due again at {@code dueAt}, with the given changes. */
  void release(String key, Instant dueAt, Document set, Document inc) {
    Document update =
        new Document(
                "$set",
                new Document(set).append("state", PENDING).append("dueAt", Date.from(dueAt)))
            .append(
                "$unset",
                new Document("leaseOwner", "").append("leaseUntil", "").append("claim", ""));
    if (!inc.isEmpty()) {
      update.append("$inc", inc);
    }
    queue.updateOne(new Document("_id", key), update);
  }

  void remove(Collection<String> keys) {
    if (!keys.isEmpty()) {
      queue.deleteMany(new Document("_id", new Document("$in", List.copyOf(keys))));
    }
  }

  private boolean isDone(Document id) {
    for (MongoCollection<Document> collection : done) {
      if (collection.find(id).first() != null) {
        return true;
      }
    }
    return false;
  }

  private Set<String> doneAmong(List<String> keys) {
    Set<String> found = new HashSet<>();
    if (keys.isEmpty()) {
      return found;
    }
    Document in = new Document("_id", new Document("$in", keys));
    for (MongoCollection<Document> collection : done) {
      collection
          .find(in)
          .projection(new Document("_id", 1))
          .forEach(d -> found.add(d.getString("_id")));
    }
    return found;
  }

  private static void requireOnlyDuplicates(MongoBulkWriteException e) {
    boolean onlyDuplicates =
        e.getWriteErrors().stream()
            .allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
    if (!onlyDuplicates) {
      throw e;
    }
  }
}
