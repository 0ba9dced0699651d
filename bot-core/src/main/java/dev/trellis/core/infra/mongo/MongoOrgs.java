package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Orgs in the {@code orgs} collection, keyed by org id. */
public final class MongoOrgs implements Orgs {

  private final MongoCollection<Document> orgs;

  public MongoOrgs(MongoDatabase db) {
    this.orgs = db.getCollection(MongoSchema.ORGS);
  }

  @Override
  public Optional<Org> findById(OrgId id) {
    return first(new Document("_id", id.value()));
  }

  @Override
  public Optional<Org> findBySlackTeamId(String slackTeamId) {
    return first(new Document("slackTeamId", slackTeamId));
  }

  @Override
  public Optional<Org> findByTeamsTenantId(String teamsTenantId) {
    return first(new Document("teamsTenantId", teamsTenantId));
  }

  @Override
  public void save(Org org) {
    orgs.replaceOne(
        new Document("_id", org.id().value()),
        OrgDocuments.toDocument(org),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public List<Org> findAll() {
    List<Org> all = new ArrayList<>();
    orgs.find().sort(Sorts.ascending("_id")).map(OrgDocuments::toOrg).into(all);
    return all;
  }

  private Optional<Org> first(Document filter) {
    return Optional.ofNullable(orgs.find(filter).first()).map(OrgDocuments::toOrg);
  }
}
