package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Recurring 1:1s in the {@code one_on_ones} collection, unique per org, manager and report. */
public final class MongoOneOnOnes implements OneOnOnes {

  private final MongoCollection<Document> oneOnOnes;

  public MongoOneOnOnes(MongoDatabase db) {
    this.oneOnOnes = db.getCollection(MongoSchema.ONE_ON_ONES);
  }

  @Override
  public List<OneOnOne> findAll(OrgId orgId) {
    List<OneOnOne> all = new ArrayList<>();
    for (Document doc : oneOnOnes.find(new Document("orgId", orgId.value()))) {
      all.add(OneOnOneDocuments.toOneOnOne(doc));
    }
    return all;
  }

  @Override
  public Optional<OneOnOne> findById(OrgId orgId, OneOnOneId id) {
    return Optional.ofNullable(oneOnOnes.find(new Document("_id", id.value())).first())
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(OneOnOneDocuments::toOneOnOne);
  }

  @Override
  public void saveAll(OrgId orgId, Collection<OneOnOne> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<ReplaceOneModel<Document>> writes = new ArrayList<>(batch.size());
    for (OneOnOne oneOnOne : batch) {
      if (!oneOnOne.orgId().equals(orgId)) {
        throw new CrossOrgWriteException(orgId, oneOnOne.orgId());
      }
      writes.add(
          new ReplaceOneModel<>(
              new Document("_id", oneOnOne.id().value()),
              OneOnOneDocuments.toDocument(oneOnOne),
              new ReplaceOptions().upsert(true)));
    }
    oneOnOnes.bulkWrite(writes);
  }

  @Override
  public boolean delete(OrgId orgId, OneOnOneId id) {
    Document mine = new Document("_id", id.value()).append("orgId", orgId.value());
    return oneOnOnes.deleteOne(mine).getDeletedCount() == 1;
  }
}
