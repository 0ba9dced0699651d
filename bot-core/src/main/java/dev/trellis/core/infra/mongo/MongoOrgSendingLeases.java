package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.outbox.OrgSendingLeases;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Org sending leases in {@code outbox_org_leases} ({@code _id} the org, {@code owner}, {@code
 * until}) and the instances that send in {@code outbox_senders} ({@code _id} the instance, {@code
 * seenAt}). A lease is taken with one update found by {@code _id} that matches only when the lease
 * is free or already this owner's; when another holds it the upsert's insert collides on {@code
 * _id}, which is the answer "held".
 */
public final class MongoOrgSendingLeases implements OrgSendingLeases {

  /** The owner of a lease given up: nobody, so only its time decides. */
  private static final String NOBODY = "";

  private final MongoCollection<Document> leases;
  private final MongoCollection<Document> senders;

  public MongoOrgSendingLeases(MongoDatabase db) {
    this.leases = db.getCollection(MongoSchema.OUTBOX_ORG_LEASES);
    this.senders = db.getCollection(MongoSchema.OUTBOX_SENDERS);
  }

  @Override
  public boolean hold(OrgId orgId, String owner, Instant now, Instant until) {
    Document free =
        new Document(
            "$or",
            List.of(
                new Document("owner", owner),
                new Document("until", new Document("$lte", Date.from(now)))));
    return DuplicateKeys.writtenUnlessDuplicate(
        () ->
            leases.updateOne(
                new Document("$and", List.of(new Document("_id", orgId.value()), free)),
                new Document(
                    "$set", new Document("owner", owner).append("until", Date.from(until))),
                new UpdateOptions().upsert(true)));
  }

  @Override
  public void release(OrgId orgId, String owner, Instant now, Instant freeFrom) {
    Document mine = new Document("_id", orgId.value()).append("owner", owner);
    if (!freeFrom.isAfter(now)) {
      leases.deleteOne(mine);
      return;
    }
    leases.updateOne(
        mine,
        new Document("$set", new Document("owner", NOBODY).append("until", Date.from(freeFrom))));
  }

  @Override
  public int held(Instant now) {
    return (int)
        leases.countDocuments(
            new Document("owner", new Document("$ne", NOBODY))
                .append("until", new Document("$gt", Date.from(now))));
  }

  @Override
  public int sendersAlive(String owner, Instant now, Duration within) {
    senders.updateOne(
        new Document("_id", owner),
        new Document("$set", new Document("seenAt", Date.from(now))),
        new UpdateOptions().upsert(true));
    long alive =
        senders.countDocuments(
            new Document("seenAt", new Document("$gt", Date.from(now.minus(within)))));
    return (int) Math.max(1, alive);
  }
}
