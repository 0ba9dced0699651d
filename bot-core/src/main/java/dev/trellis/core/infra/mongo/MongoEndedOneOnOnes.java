package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.oneonone.EndedOneOnOnes;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Ended 1:1s in {@code one_on_ones_ended}: the 1:1's document and the day it ended. */
public final class MongoEndedOneOnOnes implements EndedOneOnOnes {

  static final String COLLECTION = "one_on_ones_ended";

  private final MongoCollection<Document> ended;

  public MongoEndedOneOnOnes(MongoDatabase db) {
    this.ended = db.getCollection(COLLECTION);
  }

  @Override
  public void add(Ended e) {
    Document doc =
        OneOnOneDocuments.toDocument(e.oneOnOne()).append("endedOn", e.endedOn().toString());
    ended.replaceOne(new Document("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
  }

  @Override
  public List<Ended> of(OrgId orgId) {
    List<Ended> all = new ArrayList<>();
    for (Document d : ended.find(new Document("orgId", orgId.value()))) {
      all.add(new Ended(OneOnOneDocuments.toOneOnOne(d), LocalDate.parse(d.getString("endedOn"))));
    }
    return all;
  }

  @Override
  public void eraseOf(Erasure erasure) {
    ErasedDocuments.eraseFrom(ended, "orgId", erasure, d -> false);
  }
}
