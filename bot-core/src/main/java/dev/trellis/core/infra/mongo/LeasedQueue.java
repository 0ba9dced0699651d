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
import org.bson.Document;

/**
 * Work that several instances share through MongoDB: a {@code queue} collection holding only what
 * is still to do, so claim queries stay fast even on the embedded server, and a {@code done}
 * collection holding the keys ({@code _id}) of what left it, so the same key is never done twice.
 *
 * <p>Each queued document has {@code _id}, {@code state} (PENDING or CLAIMED) and {@code dueAt}. A
 * document whose lease expired (its holder died) is due again.
 */
final class LeasedQueue {

  static final String PENDING = "PENDING";
  static final String CLAIMED = "CLAIMED";

  /**
   * Claimed documents are read back in batches of this many. Without a batch size the embedded
   * server answers a query with every match in one reply, and a reply over its 48 MB limit fails
   * (after the claim, so the same claim fails again when the lease ends): the 75,000 intros of a
   * 50,000-member buddy round, all due the same morning, came to 83 MB. 500 messages stay under the
   * limit up to 96 KB each.
   */
  static final int READ_BATCH = 500;

  private final MongoCollection<Document> queue;
  private final List<MongoCollection<Document>> done;

  LeasedQueue(MongoCollection<Document> queue, List<MongoCollection<Document>> done) {
    this.queue = queue;
    this.done = List.copyOf(done);
  }

  static Document pending(String key, Instant dueAt) {
    return new Document("_id", key).append("state", PENDING).append("dueAt", Date.from(dueAt));
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
      ByIds.delete(queue, List.copyOf(doneMeanwhile));
      added.removeAll(doneMeanwhile);
    }
    return added;
  }

  /**
   * Claims what is due in one atomic update that sets the claimant's lease and a fresh token, and
   * reads the claimed documents back by that token: two queries however much is due, because on the
   * embedded server every such query is a scan. {@code limit} is a hint; an instance takes all that
   * is due, and its lease must cover the time it needs to work through it.
   */
  List<Document> claim(String owner, Instant now, Instant leaseUntil, int limit) {
    String token = owner + "/" + UUID.randomUUID();
    Document lease =
        new Document(
            "$set",
            new Document("state", CLAIMED)
                .append("leaseOwner", owner)
                .append("leaseUntil", Date.from(leaseUntil))
                .append("claim", token));
    if (queue.updateMany(due(now), lease).getModifiedCount() == 0) {
      return List.of();
    }
    return queue.find(new Document("claim", token)).batchSize(READ_BATCH).into(new ArrayList<>());
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
    ByIds.delete(queue, keys);
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
      ByIds.delete(queue, List.copyOf(keys));
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
    for (MongoCollection<Document> collection : done) {
      ByIds.findIds(collection, keys, d -> found.add(d.getString("_id")));
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
