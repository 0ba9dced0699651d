package dev.trellis.teams.install;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversation;
import dev.trellis.teams.TeamsConversations;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Each person's 1:1 conversation with the bot, in the {@code teams_conversations} collection, one
 * document per person keyed {@code <org>/<aadObjectId>}: every read is an {@code _id} lookup.
 */
public final class MongoTeamsConversations implements TeamsConversations {

  static final String COLLECTION = "teams_conversations";

  private final MongoCollection<Document> conversations;

  public MongoTeamsConversations(MongoDatabase db) {
    this.conversations = db.getCollection(COLLECTION);
  }

  @Override
  public void save(TeamsConversation c) {
    Document doc =
        new Document("_id", key(c.orgId(), c.aadObjectId()))
            .append("org", c.orgId().value())
            .append("aadObjectId", c.aadObjectId())
            .append("serviceUrl", c.serviceUrl())
            .append("conversationId", c.conversationId())
            .append("tenantId", c.tenantId())
            .append("botId", c.botId())
            .append("userId", c.userId())
            .append("savedAt", Date.from(c.savedAt()));
    conversations.replaceOne(
        Filters.eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<TeamsConversation> find(OrgId orgId, String aadObjectId) {
    Document doc = conversations.find(Filters.eq("_id", key(orgId, aadObjectId))).first();
    if (doc == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TeamsConversation(
            new OrgId(doc.getString("org")),
            doc.getString("aadObjectId"),
            doc.getString("serviceUrl"),
            doc.getString("conversationId"),
            doc.getString("tenantId"),
            doc.getString("botId"),
            doc.getString("userId"),
            doc.getDate("savedAt").toInstant()));
  }

  @Override
  public void forget(OrgId orgId, String aadObjectId) {
    conversations.deleteOne(Filters.eq("_id", key(orgId, aadObjectId)));
  }

  static String key(OrgId orgId, String aadObjectId) {
    return orgId.value() + "/" + aadObjectId;
  }
}
