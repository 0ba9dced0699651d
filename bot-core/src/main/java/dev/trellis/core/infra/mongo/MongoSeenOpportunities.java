package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.opportunity.OpportunityId;
import dev.trellis.core.opportunity.SeenOpportunities;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * What each person has been shown, in {@code opportunity_seen}: one document a person, keyed {@code
 * <org>:<person>}, with the numbers of the opportunities shown. Read by {@code _id} in chunks,
 * written in one unordered bulk write of {@code $addToSet}s, so a digest batch costs a few round
 * trips whatever its size.
 */
public final class MongoSeenOpportunities implements SeenOpportunities {

  static final String COLLECTION = "opportunity_seen";

  private final MongoCollection<Document> seen;

  public MongoSeenOpportunities(MongoDatabase db) {
    this.seen = db.getCollection(COLLECTION);
  }

  @Override
  public Map<PersonId, Set<OpportunityId>> seenBy(OrgId orgId, Collection<PersonId> people) {
    List<String> ids = people.stream().distinct().map(p -> key(orgId, p)).toList();
    Map<PersonId, Set<OpportunityId>> found = new HashMap<>();
    ByIds.find(
        seen,
        ids,
        d -> {
          if (orgId.value().equals(d.getString("orgId"))) {
            Set<OpportunityId> shown = new HashSet<>();
            for (Integer number : d.getList("numbers", Integer.class, List.of())) {
              shown.add(OpportunityId.of(orgId, number));
            }
            found.put(new PersonId(d.getString("personId")), shown);
          }
        });
    return found;
  }

  @Override
  public void markSeen(OrgId orgId, Map<PersonId, ? extends Collection<OpportunityId>> shown) {
    List<UpdateOneModel<Document>> writes = new ArrayList<>();
    shown.forEach(
        (person, opportunities) -> {
          List<Integer> numbers = opportunities.stream().map(o -> number(orgId, o)).toList();
          if (!numbers.isEmpty()) {
            writes.add(
                new UpdateOneModel<>(
                    new Document("_id", key(orgId, person)),
                    new Document(
                            "$addToSet", new Document("numbers", new Document("$each", numbers)))
                        .append(
                            "$setOnInsert",
                            new Document("orgId", orgId.value())
                                .append("personId", person.value())),
                    new UpdateOptions().upsert(true)));
          }
        });
    if (!writes.isEmpty()) {
      seen.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
  }

  @Override
  public void eraseOf(OrgId orgId, PersonId personId) {
    seen.deleteOne(new Document("_id", key(orgId, personId)));
  }

  private static String key(OrgId orgId, PersonId personId) {
    return orgId.value() + ":" + personId.value();
  }

  /** The org's number of one of its opportunities ({@code acme:12} is 12). */
  private static int number(OrgId orgId, OpportunityId id) {
    String prefix = orgId.value() + ":";
    if (!id.value().startsWith(prefix)) {
      throw new CrossOrgWriteException(orgId, new OrgId(id.value().split(":", 2)[0]));
    }
    return Integer.parseInt(id.value().substring(prefix.length()));
  }
}
