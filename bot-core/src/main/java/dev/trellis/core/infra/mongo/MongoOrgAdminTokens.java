package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.trellis.core.org.OrgAdminToken;
import dev.trellis.core.org.OrgAdminTokens;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Org-scoped admin tokens in {@code admin_tokens}, keyed by token id: name, org, the SHA-256 of the
 * token (never the token), when it was made and last used.
 */
public final class MongoOrgAdminTokens implements OrgAdminTokens {

  private final MongoCollection<Document> tokens;

  public MongoOrgAdminTokens(MongoDatabase db) {
    this.tokens = db.getCollection(MongoSchema.ADMIN_TOKENS);
  }

  @Override
  public void add(OrgAdminToken token) {
    Document doc =
        new Document("_id", token.id())
            .append("orgId", token.orgId().value())
            .append("name", token.name())
            .append("sha256", token.sha256())
            .append("createdAt", Date.from(token.createdAt()));
    token.lastUsedAt().ifPresent(at -> doc.append("lastUsedAt", Date.from(at)));
    tokens.insertOne(doc);
  }

  @Override
  public Optional<OrgAdminToken> find(String id) {
    return Optional.ofNullable(tokens.find(Filters.eq("_id", id)).first()).map(this::toToken);
  }

  @Override
  public List<OrgAdminToken> list(OrgId orgId) {
    List<OrgAdminToken> all = new ArrayList<>();
    tokens
        .find(Filters.eq("orgId", orgId.value()))
        .sort(Sorts.ascending("createdAt", "_id"))
        .map(this::toToken)
        .into(all);
    return all;
  }

  @Override
  public boolean remove(OrgId orgId, String id) {
    return tokens
            .deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("orgId", orgId.value())))
            .getDeletedCount()
        == 1;
  }

  @Override
  public void markUsed(String id, Instant at) {
    tokens.updateOne(Filters.eq("_id", id), Updates.set("lastUsedAt", Date.from(at)));
  }

  private OrgAdminToken toToken(Document doc) {
    return new OrgAdminToken(
        doc.getString("_id"),
        new OrgId(doc.getString("orgId")),
        doc.getString("name"),
        doc.getString("sha256"),
        doc.getDate("createdAt").toInstant(),
        Optional.ofNullable(doc.getDate("lastUsedAt")).map(Date::toInstant));
  }
}
