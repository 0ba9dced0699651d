package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.inbox.InboundRequest;
import dev.trellis.core.inbox.Inbox;
import dev.trellis.core.message.Platform;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The inbox as a {@link LeasedQueue}: {@code inbox} holds the requests still to handle, with their
 * payload encrypted (it holds what people wrote) and bound to the request's key and platform, and,
 * once their work is done, what is left to deliver ({@code answer}, encrypted and bound the same
 * way); {@code inbox_done} the keys of the handled ones, so a platform's retry is recognised. A
 * payload that does not decrypt is never handed out: the request is finished as unreadable. Keys
 * are forgotten after a while, explicitly, as the embedded server has no TTL indexes.
 */
public final class MongoInbox implements Inbox {

  /** The outcome of a request whose stored payload does not decrypt. */
  static final String UNREADABLE = "unreadable: its stored payload does not decrypt";

  private final MongoCollection<Document> done;
  private final LeasedQueue leases;
  private final SealedTexts payloads;

  public MongoInbox(MongoDatabase db, TextCipher cipher) {
    this.done = db.getCollection(MongoSchema.INBOX_DONE);
    this.leases = new LeasedQueue(db.getCollection(MongoSchema.INBOX), List.of(done));
    this.payloads = new SealedTexts(cipher, MongoSchema.INBOX);
  }

  @Override
  public boolean accept(InboundRequest request) {
    return leases.add(
        LeasedQueue.pending(request.key(), request.receivedAt())
            .append("platform", request.platform().name())
            .append("kind", request.kind())
            .append(
                "payload",
                payloads.seal(
                    request.key(), "payload", request.platform().name(), request.payload()))
            .append("receivedAt", Date.from(request.receivedAt()))
            .append("attempts", request.attempts()));
  }

  @Override
  public List<InboundRequest> claim(String owner, Instant now, Instant leaseUntil, int limit) {
    List<InboundRequest> claimed = new ArrayList<>();
    for (Document doc : leases.claim(owner, now, leaseUntil, limit)) {
      opened(doc, now).ifPresent(claimed::add);
    }
    claimed.sort(Comparator.comparing(InboundRequest::receivedAt));
    return claimed;
  }

  @Override
  public Optional<InboundRequest> claimAccepted(
      String key, String owner, Instant now, Instant leaseUntil) {
    return leases.claimPending(key, owner, leaseUntil).flatMap(doc -> opened(doc, now));
  }

  /** The claimed request, decrypted; one that does not decrypt is finished as unreadable. */
  private Optional<InboundRequest> opened(Document doc, Instant now) {
    String key = doc.getString("_id");
    String platform = doc.getString("platform");
    Optional<String> payload = payloads.tryOpen(key, "payload", platform, doc.getString("payload"));
    Optional<String> answer =
        doc.containsKey("answer")
            ? payloads.tryOpen(key, "answer", platform, doc.getString("answer"))
            : Optional.of("");
    if (payload.isEmpty() || answer.isEmpty()) {
      finish(key, UNREADABLE, now);
      return Optional.empty();
    }
    InboundRequest request = toRequest(doc, payload.get());
    return Optional.of(doc.containsKey("answer") ? request.withAnswer(answer.get()) : request);
  }

  @Override
  public void workDone(InboundRequest request, String answer) {
    String sealed = payloads.seal(request.key(), "answer", request.platform().name(), answer);
    leases.set(request.key(), new Document("answer", sealed));
  }

  @Override
  public void finish(String key, String outcome, Instant at) {
    leases.finish(
        done,
        List.of(new Document("_id", key).append("outcome", outcome).append("at", Date.from(at))));
  }

  @Override
  public void retryLater(String key, Instant dueAt) {
    leases.release(key, dueAt, new Document(), new Document("attempts", 1));
  }

  @Override
  public int forgetFinishedBefore(Instant cutoff) {
    return (int)
        done.deleteMany(new Document("at", new Document("$lt", Date.from(cutoff))))
            .getDeletedCount();
  }

  private static InboundRequest toRequest(Document doc, String payload) {
    return new InboundRequest(
        doc.getString("_id"),
        Platform.valueOf(doc.getString("platform")),
        doc.getString("kind"),
        payload,
        doc.getDate("receivedAt").toInstant(),
        doc.getInteger("attempts", 0));
  }
}
