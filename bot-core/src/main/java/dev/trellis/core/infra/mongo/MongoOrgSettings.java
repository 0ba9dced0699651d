package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.OrgSettings;
import dev.trellis.core.org.OrgSettingsStore;
import org.bson.Document;

/**
 * Org settings in {@code org_settings}, one document per org ({@code _id} the org id), a
 * sub-document per section: a section or setting the stored document lacks reads as its default.
 */
public final class MongoOrgSettings implements OrgSettingsStore {

  private final MongoCollection<Document> settings;

  public MongoOrgSettings(MongoDatabase db) {
    this.settings = db.getCollection(MongoSchema.ORG_SETTINGS);
  }

  @Override
  public OrgSettings find(OrgId orgId) {
    Document doc = settings.find(new Document("_id", orgId.value())).first();
    return doc == null
        ? OrgSettings.DEFAULT
        : RecordDocuments.fromDocument(doc, OrgSettings.DEFAULT);
  }

  @Override
  public void save(OrgId orgId, OrgSettings changed) {
    settings.replaceOne(
        new Document("_id", orgId.value()),
        RecordDocuments.toDocument(changed).append("_id", orgId.value()),
        new ReplaceOptions().upsert(true));
  }
}
