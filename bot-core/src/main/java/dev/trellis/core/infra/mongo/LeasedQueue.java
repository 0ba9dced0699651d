package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/**
 * Work that several instances share through MongoDB: a {@code queue} collection holding only what
 * is still to do, so claim queries stay fast even on the embedded server, and a {@code done}
 * collection holding the keys ({@code _id}) of what left it, so the same key is never done twice.
 *
 * <p>Each queued document has {@code _id}, {@code state} (PENDING or CLAIMED), {@code dueAt} and
 * {@code claim}: a stamp renewed whenever it is queued, claimed (then the claimant's token) or put
 * back, so a claim can tell that it changed. A document whose lease expired (its holder died) is
 * due again.
 */
final class LeasedQueue {

  static final String PENDING = "PENDING";
  static final String CLAIMED = "CLAIMED";

  /**
   * Due documents are read in batches of this many. Without a batch size the embedded server
   * answers a query with every match in one reply, and a reply over its 48 MB limit fails: the
   * 75,000 intros of a 50,000-member buddy round came to 83 MB. 250 documents stay under the limit
   * up to 190 KB each (an outbox message of 100 KB is stored in about 180 KB).
   */
  static final int READ_BATCH = 250;

  private final MongoCollection<Document> queue;
  private final List<MongoCollection<Document>> done;

  LeasedQueue(MongoCollection<Document> queue, List<MongoCollection<Document>> done) {
    this.queue = queue;
    this.done = List.copyOf(done);
  }

  static Document pending(String key, Instant dueAt) {
    return new Document("_id", key)
        .append("state", PENDING)
        .append("dueAt", Date.from(dueAt))
        .append("claim", stamp());
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
   * Claims at most {@code limit} of what is due, so that several claimants share a burst. Up to
   * {@code limit} due documents are read with one query, which stops at the {@code limit}-th match
   * (no sort, so roughly in arrival order); each is then claimed by its {@code _id} and its {@code
   * claim} stamp as read, which every change renews (one bulk write): the claim succeeds only if
   * nobody changed the document since it was read, so a document read by two claimants goes to one
   * of them. The {@code _id} index answers each claim (on the embedded server through its query
   * shortcuts), without a scan.
   *
   * <p>The claimed documents are then read back by {@code _id}, keeping those that carry this
   * claim's token: the bulk write's modified count says how many were won, not which.
   */
  List<Document> claim(String owner, Instant now, Instant leaseUntil, int limit) {
    return claim(new Document(), owner, now, leaseUntil, limit);
  }

  /**
   * As {@link #claim(String, Instant, Instant, int)}, among the documents matching {@code among}.
   */
  List<Document> claim(Document among, String owner, Instant now, Instant leaseUntil, int limit) {
    Document filter = among.isEmpty() ? due(now) : new Document("$and", List.of(among, due(now)));
    List<Document> picked =
        queue.find(filter).limit(limit).batchSize(READ_BATCH).into(new ArrayList<>());
    if (picked.isEmpty()) {
      return List.of();
    }
    String token = token(owner);
    Document lease = lease(owner, leaseUntil, token);
    List<UpdateOneModel<Document>> claims =
        picked.stream().map(doc -> new UpdateOneModel<Document>(asPicked(doc), lease)).toList();
    int won = queue.bulkWrite(claims, new BulkWriteOptions().ordered(false)).getModifiedCount();
    if (won == 0) {
      return List.of();
    }
    List<Document> claimed = new ArrayList<>();
    ByIds.find(
        queue,
        picked.stream().map(doc -> doc.get("_id")).toList(),
        READ_BATCH,
        doc -> {
          if (token.equals(doc.getString("claim"))) {
            claimed.add(doc);
          }
        });
    return claimed;
  }

  /**
   * Claims the pending document {@code id}, if nobody claimed it since it was queued: one update
   * found by {@code _id}, which the embedded server answers from its index without a scan.
   */
  Optional<Document> claimPending(Object id, String owner, Instant leaseUntil) {
    return Optional.ofNullable(
        queue.findOneAndUpdate(
            new Document("_id", id).append("state", PENDING),
            lease(owner, leaseUntil, token(owner)),
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
  }

  private static String token(String owner) {
    return owner + "/" + UUID.randomUUID();
  }

  private static Document lease(String owner, Instant leaseUntil, String token) {
    return new Document(
        "$set",
        new Document("state", CLAIMED)
            .append("leaseOwner", owner)
            .append("leaseUntil", Date.from(leaseUntil))
            .append("claim", token));
  }

  /**
   * The picked document as long as nobody changed it. A document written by a version without
   * stamps is matched on having none.
   */
  private static Document asPicked(Document doc) {
    Object stamp = doc.get("claim");
    return new Document("_id", doc.get("_id"))
        .append("claim", stamp != null ? stamp : new Document("$exists", false));
  }

  /** A fresh value for a document's {@code claim} stamp, so a claim sees that it changed. */
  private static String stamp() {
    return UUID.randomUUID().toString();
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
                new Document(set)
                    .append("state", PENDING)
                    .append("dueAt", Date.from(dueAt))
                    .append("claim", stamp()))
            .append("$unset", new Document("leaseOwner", "").append("leaseUntil", ""));
    if (!inc.isEmpty()) {
      update.append("$inc", inc);
    }
    queue.updateOne(new Document("_id", key), update);
  }

  /** The distinct values of {@code field} among the documents due at {@code now}. */
  <T> List<T> distinctDue(String field, Instant now, Class<T> type) {
    return queue.distinct(field, due(now), type).into(new ArrayList<>());
  }

  /** Puts claimed documents back, each due at its time with its changes: one bulk write. */
  void releaseAll(List<Release> releases) {
    if (releases.isEmpty()) {
      return;
    }
    List<UpdateOneModel<Document>> updates =
        releases.stream()
            .map(
                r ->
                    new UpdateOneModel<Document>(
                        new Document("_id", r.key()),
                        new Document(
                                "$set",
                                new Document(r.set())
                                    .append("state", PENDING)
                                    .append("dueAt", Date.from(r.dueAt()))
                                    .append("claim", stamp()))
                            .append(
                                "$unset", new Document("leaseOwner", "").append("leaseUntil", ""))))
            .toList();
    queue.bulkWrite(updates, new BulkWriteOptions().ordered(false));
  }

  /** A claimed document to put back: due again at {@code dueAt}, with {@code set} changed. */
  record Release(String key, Instant dueAt, Document set) {}

  /**
   * Changes fields of a document its claimant holds. The stamp is renewed with them, as with every
   * change: a claimant that read the document before (its lease having run out) then fails to claim
   * it and reads it again, rather than working from what it read.
   */
  void set(String key, Document fields) {
    queue.updateOne(
        new Document("_id", key),
        new Document("$set", new Document(fields).append("claim", stamp())));
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
