package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
import org.bson.Document;

/**
 * The outbox as a {@link LeasedQueue}: {@code outbox} holds only what is still to be sent, and
 * {@code outbox_sent} and {@code outbox_dead} keep the keys of what left it, so a key is never sent
 * twice however often it is enqueued.
 */
public final class MongoOutbox implements Outbox {

  private final MongoCollection<Document> queue;
  private final MongoCollection<Document> sent;
  private final MongoCollection<Document> dead;
  private final LeasedQueue leases;

  public MongoOutbox(MongoDatabase db) {
    this.queue = db.getCollection(MongoSchema.OUTBOX);
    this.sent = db.getCollection(MongoSchema.OUTBOX_SENT);
    this.dead = db.getCollection(MongoSchema.OUTBOX_DEAD);
    this.leases = new LeasedQueue(queue, List.of(sent, dead));
  }

  @Override
  public boolean enqueue(OutboxEntry entry) {
    return leases.add(toDocument(entry));
  }

  @Override
  public int enqueueAll(List<OutboxEntry> entries) {
    return leases.addAll(entries.stream().map(MongoOutbox::toDocument).toList()).size();
  }

  @Override
  public List<OutboxEntry> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
    return leases.claim(owner, now, leaseUntil, limit).stream().map(MongoOutbox::toEntry).toList();
  }

  @Override
  public void markSent(String owner, List<Sent> delivered) {
    leases.finish(
        sent,
        delivered.stream()
            .map(
                s ->
                    new Document("_id", s.key().value())
                        .append("orgId", s.orgId().value())
                        .append("platform", s.ref().platform().name())
                        .append("ref", s.ref().value())
                        .append("sentAt", Date.from(s.sentAt())))
            .toList());
  }

  @Override
  public void reschedule(
      String owner, OutboxEntry entry, Instant nextAttemptAt, boolean countAttempt, String error) {
    leases.release(
        entry.key().value(),
        nextAttemptAt,
        new Document("lastError", error),
        countAttempt ? new Document("attempts", 1) : new Document());
  }

  @Override
  public void markDead(String owner, OutboxEntry entry, String reason, Instant now) {
    dead.replaceOne(
        new Document("_id", entry.key().value()),
        new Document("_id", entry.key().value())
            .append("orgId", entry.recipient().orgId().value())
            .append("recipient", recipient(entry.recipient()))
            .append("attempts", entry.attempts() + 1)
            .append("reason", reason)
            .append("diedAt", Date.from(now)),
        new ReplaceOptions().upsert(true));
    leases.remove(List.of(entry.key().value()));
  }

  @Override
  public List<OutboxEntry> pending(OrgId orgId, int limit) {
    List<OutboxEntry> entries = new ArrayList<>();
    for (Document doc :
        queue
            .find(new Document("orgId", orgId.value()))
            .sort(Sorts.ascending("dueAt"))
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
        LeasedQueue.pending(entry.key().value(), entry.nextAttemptAt())
            .append("orgId", entry.recipient().orgId().value())
            .append("recipient", recipient(entry.recipient()))
            .append("message", OutboundMessageDocuments.toDocument(entry.message()))
            .append("createdAt", Date.from(entry.createdAt()))
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
        doc.getDate("dueAt").toInstant(),
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
