package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.core.message.Platform;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DeadLetter;
import dev.trellis.core.outbox.DedupeKey;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxEntry;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The outbox as a {@link LeasedQueue}: {@code outbox} holds only what is still to be sent, and
 * {@code outbox_sent} and {@code outbox_dead} keep the keys of what left it, so a key is never sent
 * twice however often it is enqueued.
 *
 * <p>A waiting message can carry what people wrote (an agenda holds a report's shared answers), so
 * the whole message is stored encrypted, bound to its key and recipient; who, when and why stay
 * readable. A message stored in the clear by an earlier version still reads. One that does not
 * decrypt is never sent: claiming it makes it a dead letter, and the admin's list of pending
 * messages shows it with {@link TextCipher#UNREADABLE} as its text.
 */
public final class MongoOutbox implements Outbox {

  /** Why a message that does not decrypt was given up. */
  static final String UNREADABLE = "its stored message does not decrypt";

  private static final OutboundMessage UNREADABLE_MESSAGE =
      OutboundMessage.builder(TextCipher.UNREADABLE).build();

  private final MongoCollection<Document> queue;
  private final MongoCollection<Document> sent;
  private final MongoCollection<Document> dead;
  private final LeasedQueue leases;
  private final SealedTexts messages;

  public MongoOutbox(MongoDatabase db, TextCipher cipher) {
    this.queue = db.getCollection(MongoSchema.OUTBOX);
    this.sent = db.getCollection(MongoSchema.OUTBOX_SENT);
    this.dead = db.getCollection(MongoSchema.OUTBOX_DEAD);
    this.leases = new LeasedQueue(queue, List.of(sent, dead));
    this.messages = new SealedTexts(cipher, MongoSchema.OUTBOX);
  }

  @Override
  public boolean enqueue(OutboxEntry entry) {
    return leases.add(toDocument(entry));
  }

  @Override
  public int enqueueAll(List<OutboxEntry> entries) {
    return leases.addAll(entries.stream().map(this::toDocument).toList()).size();
  }

  @Override
  public List<OrgId> orgsWithDue(Instant now) {
    return leases.distinctDue("orgId", now, String.class).stream().map(OrgId::new).toList();
  }

  @Override
  public List<OutboxEntry> claimDue(
      OrgId orgId, String owner, Instant now, Instant leaseUntil, int limit) {
    List<OutboxEntry> claimed = new ArrayList<>();
    for (Document doc :
        leases.claim(new Document("orgId", orgId.value()), owner, now, leaseUntil, limit)) {
      Optional<OutboundMessage> message = message(doc);
      if (message.isPresent()) {
        claimed.add(toEntry(doc, message.get()));
      } else {
        markDead(owner, toEntry(doc, UNREADABLE_MESSAGE), UNREADABLE, now);
      }
    }
    claimed.sort(Comparator.comparing(OutboxEntry::createdAt));
    return claimed;
  }

  @Override
  public void putBack(String owner, List<Waiting> waiting) {
    leases.releaseAll(
        waiting.stream()
            .map(
                w ->
                    new LeasedQueue.Release(
                        w.entry().key().value(), w.dueAt(), new Document("lastError", w.reason())))
            .toList());
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

  /**
   * Keeps the message, sealed as it waited, so an admin can retry it ({@link MongoDeadLetters});
   * one that did not decrypt keeps none.
   */
  @Override
  public void markDead(String owner, OutboxEntry entry, String reason, Instant now) {
    Document letter =
        new Document("_id", entry.key().value())
            .append("orgId", entry.recipient().orgId().value())
            .append("recipient", recipient(entry.recipient()))
            .append("attempts", entry.attempts() + 1)
            .append("reason", reason)
            .append("diedAt", Date.from(now));
    if (entry.message() != UNREADABLE_MESSAGE) {
      letter.append("message", sealed(entry));
    }
    dead.replaceOne(
        new Document("_id", entry.key().value()), letter, new ReplaceOptions().upsert(true));
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
      entries.add(toEntry(doc, message(doc).orElse(UNREADABLE_MESSAGE)));
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

  private Document toDocument(OutboxEntry entry) {
    Document doc =
        LeasedQueue.pending(entry.key().value(), entry.nextAttemptAt())
            .append("orgId", entry.recipient().orgId().value())
            .append("recipient", recipient(entry.recipient()))
            .append("message", sealed(entry))
            .append("createdAt", Date.from(entry.createdAt()))
            .append("attempts", entry.attempts());
    entry.lastError().ifPresent(e -> doc.append("lastError", e));
    return doc;
  }

  private String sealed(OutboxEntry entry) {
    return messages.seal(
        entry.key().value(),
        "message",
        entry.recipient().personId().value(),
        SealedDocuments.toText(OutboundMessageDocuments.toDocument(entry.message())));
  }

  /** The stored message: encrypted, or (written by an earlier version) a plain document. */
  private Optional<OutboundMessage> message(Document doc) {
    Object stored = doc.get("message");
    if (stored instanceof Document plain) {
      return Optional.of(OutboundMessageDocuments.toMessage(plain));
    }
    String recipient = doc.get("recipient", Document.class).getString("personId");
    return messages
        .tryOpen(doc.getString("_id"), "message", recipient, (String) stored)
        .map(text -> OutboundMessageDocuments.toMessage(SealedDocuments.fromText(text)));
  }

  private static OutboxEntry toEntry(Document doc, OutboundMessage message) {
    OrgId orgId = new OrgId(doc.getString("orgId"));
    return new OutboxEntry(
        new DedupeKey(doc.getString("_id")),
        recipient(doc.get("recipient", Document.class), orgId),
        message,
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
