package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DeadLetter;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;

/**
 * The outbox in three collections: {@code outbox} holds only what still has to go out, so the claim
 * queries stay fast; {@code outbox_sent} and {@code outbox_dead} keep the keys of what left it, so
 * a key is never sent twice. Due messages are claimed per shard with one atomic update that sets
 * the claimant's lease, then read back by the claim's token.
 */
public final class MongoOutbox implements Outbox {

  static final int SHARDS = 32;
  private static final String PENDING = "PENDING";
  private static final String SENDING = "SENDING";

  private final MongoCollection<Document> queue;
  private final MongoCollection<Document> sent;
  private final MongoCollection<Document> dead;

  public MongoOutbox(MongoDatabase db) {
    this.queue = db.getCollection(MongoSchema.OUTBOX);
    this.sent = db.getCollection(MongoSchema.OUTBOX_SENT);
    this.dead = db.getCollection(MongoSchema.OUTBOX_DEAD);
  }

  @Override
  public boolean enqueue(OutboxEntry entry) {
    Document id = new Document("_id", entry.key().value());
    if (leftTheQueue(id)) {
      return false;
    }
    try {
      queue.insertOne(toDocument(entry));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
    // It may have been sent and moved out between the check and the insert.
    if (leftTheQueue(id)) {
      queue.deleteOne(id);
      return false;
    }
    return true;
  }

  private boolean leftTheQueue(Document id) {
    return sent.find(id).first() != null || dead.find(id).first() != null;
  }

  @Override
  public List<OutboxEntry> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
    List<OutboxEntry> claimed = new ArrayList<>();
    int start = ThreadLocalRandom.current().nextInt(SHARDS);
    for (int i = 0; i < SHARDS && claimed.size() < limit; i++) {
      claimed.addAll(claimShard((start + i) % SHARDS, owner, now, leaseUntil));
    }
    return claimed;
  }

  private List<OutboxEntry> claimShard(int shard, String owner, Instant now, Instant leaseUntil) {
    Date at = Date.from(now);
    Document due =
        new Document("shard", shard)
            .append(
                "$or",
                List.of(
                    new Document("state", PENDING)
                        .append("nextAttemptAt", new Document("$lte", at)),
                    new Document("state", SENDING).append("leaseUntil", new Document("$lte", at))));
    String token = owner + "/" + UUID.randomUUID();
    long count =
        queue
            .updateMany(
                due,
                new Document(
                    "$set",
                    new Document("state", SENDING)
                        .append("leaseOwner", owner)
                        .append("leaseUntil", Date.from(leaseUntil))
                        .append("claim", token)))
            .getModifiedCount();
    if (count == 0) {
      return List.of();
    }
    List<OutboxEntry> entries = new ArrayList<>((int) count);
    for (Document doc : queue.find(new Document("claim", token))) {
      entries.add(toEntry(doc));
    }
    return entries;
  }

  @Override
  public void markSent(String owner, List<Sent> delivered) {
    if (delivered.isEmpty()) {
      return;
    }
    List<Document> records = new ArrayList<>(delivered.size());
    List<String> keys = new ArrayList<>(delivered.size());
    for (Sent s : delivered) {
      keys.add(s.key().value());
      records.add(
          new Document("_id", s.key().value())
              .append("orgId", s.orgId().value())
              .append("platform", s.ref().platform().name())
              .append("ref", s.ref().value())
              .append("sentAt", Date.from(s.sentAt())));
    }
    try {
      sent.insertMany(records, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      boolean onlyDuplicates =
          e.getWriteErrors().stream()
              .allMatch(
                  w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
      if (!onlyDuplicates) {
        throw e;
      }
    }
    queue.deleteMany(new Document("_id", new Document("$in", keys)));
  }

  @Override
  public void reschedule(
      String owner, OutboxEntry entry, Instant nextAttemptAt, boolean countAttempt, String error) {
    queue.updateOne(
        new Document("_id", entry.key().value()),
        new Document(
                "$set",
                new Document("state", PENDING)
                    .append("nextAttemptAt", Date.from(nextAttemptAt))
                    .append("lastError", error))
            .append("$inc", new Document("attempts", countAttempt ? 1 : 0))
            .append(
                "$unset",
                new Document("leaseOwner", "").append("leaseUntil", "").append("claim", "")));
  }

  @Override
  public void markDead(String owner, OutboxEntry entry, String reason, Instant now) {
    Document record =
        new Document("_id", entry.key().value())
            .append("orgId", entry.recipient().orgId().value())
            .append("recipient", recipient(entry.recipient()))
            .append("attempts", entry.attempts() + 1)
            .append("reason", reason)
            .append("diedAt", Date.from(now));
    dead.replaceOne(
        new Document("_id", entry.key().value()), record, new ReplaceOptions().upsert(true));
    queue.deleteOne(new Document("_id", entry.key().value()));
  }

  @Override
  public List<OutboxEntry> pending(OrgId orgId, int limit) {
    List<OutboxEntry> entries = new ArrayList<>();
    for (Document doc :
        queue
            .find(new Document("orgId", orgId.value()))
            .sort(Sorts.ascending("nextAttemptAt"))
            .limit(limit)) {
      entries.add(toEntry(doc));
    }
    return entries;
  }

  @Override
  public List<DeadLetter> dead(OrgId orgId, int limit) {
    List<DeadLetter> letters = new ArrayList<>();
    for (Document doc :
        dead.find(new Document("orgId", orgId.value()))
            .sort(Sorts.descending("diedAt"))
            .limit(limit)) {
      letters.add(
          new DeadLetter(
              new DedupeKey(doc.getString("_id")),
              recipient(doc.get("recipient", Document.class), new OrgId(doc.getString("orgId"))),
              doc.getInteger("attempts"),
              doc.getString("reason"),
              doc.getDate("diedAt").toInstant()));
    }
    return letters;
  }

  private static Document toDocument(OutboxEntry entry) {
    Document doc =
        new Document("_id", entry.key().value())
            .append("orgId", entry.recipient().orgId().value())
            .append("shard", Math.floorMod(entry.key().value().hashCode(), SHARDS))
            .append("state", PENDING)
            .append("recipient", recipient(entry.recipient()))
            .append("message", OutboundMessageDocuments.toDocument(entry.message()))
            .append("createdAt", Date.from(entry.createdAt()))
            .append("nextAttemptAt", Date.from(entry.nextAttemptAt()))
            .append("attempts", entry.attempts());
    entry.lastError().ifPresent(e -> doc.append("lastError", e));
    return doc;
  }

  private static OutboxEntry toEntry(Document doc) {
    OrgId orgId = new OrgId(doc.getString("orgId"));
    return new OutboxEntry(
        new DedupeKey(doc.getString("_id")),
        recipient(doc.get("recipient", Document.class), orgId),
        OutboundMessageDocuments.toMessage(doc.get("message", Document.class)),
        doc.getDate("createdAt").toInstant(),
        doc.getDate("nextAttemptAt").toInstant(),
        doc.getInteger("attempts"),
        Optional.ofNullable(doc.getString("lastError")));
  }

  private static Document recipient(Recipient r) {
    return new Document("personId", r.personId().value())
        .append("platform", r.platform().name())
        .append("address", r.address());
  }

  private static Recipient recipient(Document doc, OrgId orgId) {
    return new Recipient(
        orgId,
        new PersonId(doc.getString("personId")),
        Platform.valueOf(doc.getString("platform")),
        doc.getString("address"));
  }
}
