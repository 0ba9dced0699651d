package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.DeadLetterRetries;
import dev.trellis.core.outbox.DedupeKey;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Retries a dead letter of {@link MongoOutbox}: its message, still sealed to its key and recipient
 * as it waited, goes back to {@code outbox} with no attempts, and then the dead letter is deleted
 * (in that order, so a crash in between keeps the message rather than losing it).
 */
public final class MongoDeadLetters implements DeadLetterRetries {

  private final MongoCollection<Document> queue;
  private final MongoCollection<Document> dead;

  public MongoDeadLetters(MongoDatabase db) {
    this.queue = db.getCollection(MongoSchema.OUTBOX);
    this.dead = db.getCollection(MongoSchema.OUTBOX_DEAD);
  }

  @Override
  public Result retry(OrgId orgId, DedupeKey key, Instant now) {
    Document id = new Document("_id", key.value());
    Document letter = dead.find(new Document(id).append("orgId", orgId.value())).first();
    if (letter == null) {
      return Result.NOT_FOUND;
    }
    if (letter.get("message") == null) {
      return Result.NOTHING_TO_SEND;
    }
    Document waiting =
        LeasedQueue.pending(key.value(), now)
            .append("orgId", orgId.value())
            .append("recipient", letter.get("recipient"))
            .append("message", letter.get("message"))
            .append("createdAt", Date.from(now))
            .append("attempts", 0);
    try {
      queue.insertOne(waiting);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    dead.deleteOne(id);
    return Result.QUEUED;
  }
}
