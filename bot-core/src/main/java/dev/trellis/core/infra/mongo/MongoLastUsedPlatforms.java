package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.conversation.LastUsedPlatforms;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Last used platforms in {@code last_used_platforms}, one document per person ({@code org/person}).
 * Recording is one round trip that writes only on a change: the update matches only a document
 * naming another platform, and its upsert collides with the document that already names this one,
 * which is the "nothing to do" answer.
 */
public final class MongoLastUsedPlatforms implements LastUsedPlatforms {

  private final MongoCollection<Document> used;

  public MongoLastUsedPlatforms(MongoDatabase db) {
    this.used = db.getCollection(MongoSchema.LAST_USED_PLATFORMS);
  }

  @Override
  public void record(OrgId orgId, PersonId personId, Platform platform) {
    try {
      used.updateOne(
          new Document("_id", id(orgId, personId))
              .append("platform", new Document("$ne", platform.name())),
          new Document(
              "$set",
              new Document("orgId", orgId.value())
                  .append("personId", personId.value())
                  .append("platform", platform.name())),
          new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  @Override
  public Map<PersonId, Platform> of(OrgId orgId, Collection<PersonId> personIds) {
    Map<PersonId, Platform> found = new HashMap<>();
    List<String> ids = personIds.stream().distinct().map(p -> id(orgId, p)).toList();
    if (!ids.isEmpty()) {
      ByIds.find(
          used,
          ids,
          d ->
              found.put(
                  new PersonId(d.getString("personId")),
                  Platform.valueOf(d.getString("platform"))));
    }
    return found;
  }

  private static String id(OrgId orgId, PersonId personId) {
    return orgId.value() + "/" + personId.value();
  }
}
