package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.devtime.DevTimeShare;
import dev.trellis.core.devtime.DevTimeShares;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** Whom each person shares their development time totals with, in {@code devtime_shares}. */
public final class MongoDevTimeShares implements DevTimeShares {

  private final MongoCollection<Document> shares;

  public MongoDevTimeShares(MongoDatabase db) {
    this.shares = db.getCollection(MongoSchema.DEVTIME_SHARES);
  }

  @Override
  public Optional<DevTimeShare> of(OrgId orgId, PersonId ownerId) {
    return Optional.ofNullable(shares.find(new Document("_id", id(orgId, ownerId))).first())
        .map(
            d ->
                new DevTimeShare(
                    orgId,
                    ownerId,
                    new PersonId(d.getString("with")),
                    d.getDate("at").toInstant()));
  }

  @Override
  public void save(DevTimeShare share) {
    String id = id(share.orgId(), share.ownerId());
    shares.replaceOne(
        new Document("_id", id),
        new Document("_id", id)
            .append("orgId", share.orgId().value())
            .append("personId", share.ownerId().value())
            .append("with", share.with().value())
            .append("at", Date.from(share.at())),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public boolean remove(OrgId orgId, PersonId ownerId) {
    return shares.deleteOne(new Document("_id", id(orgId, ownerId))).getDeletedCount() > 0;
  }

  private static String id(OrgId orgId, PersonId ownerId) {
    return orgId.value() + ":" + ownerId.value();
  }
}
