package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.export.StoredExport;
import dev.trellis.core.export.StoredExports;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Exports waiting to be delivered, in {@code personal_exports}: the JSON sealed to its export and
 * person; a link's token only as its hash.
 */
public final class MongoStoredExports implements StoredExports {

  private static final String FIELD = "json";

  private final MongoCollection<Document> exports;
  private final SealedTexts texts;

  public MongoStoredExports(MongoDatabase db, TextCipher cipher) {
    this.exports = db.getCollection(MongoSchema.PERSONAL_EXPORTS);
    this.texts = new SealedTexts(cipher, MongoSchema.PERSONAL_EXPORTS);
  }

  @Override
  public void save(StoredExport e) {
    exports.insertOne(
        new Document("_id", e.id())
            .append("orgId", e.orgId().value())
            .append("personId", e.personId().value())
            .append(FIELD, texts.seal(e.id(), FIELD, e.personId().value(), e.json()))
            .append("expiresAt", Date.from(e.expiresAt())));
  }

  @Override
  public Optional<StoredExport> find(OrgId orgId, String id, Instant now) {
    return read(
        exports
            .find(
                new Document("_id", id)
                    .append("orgId", orgId.value())
                    .append("expiresAt", new Document("$gt", Date.from(now))))
            .first());
  }

  @Override
  public void linkTo(OrgId orgId, String id, String tokenHash) {
    exports.updateOne(
        new Document("_id", id).append("orgId", orgId.value()),
        new Document("$set", new Document("linkHash", tokenHash)));
  }

  @Override
  public Optional<StoredExport> takeByLink(String tokenHash, Instant now) {
    Document taken = exports.findOneAndDelete(new Document("linkHash", tokenHash));
    if (taken == null || !taken.getDate("expiresAt").toInstant().isAfter(now)) {
      return Optional.empty();
    }
    return read(taken);
  }

  @Override
  public void delete(OrgId orgId, String id) {
    exports.deleteOne(new Document("_id", id).append("orgId", orgId.value()));
  }

  @Override
  public long deleteExpired(Instant now) {
    return exports
        .deleteMany(new Document("expiresAt", new Document("$lte", Date.from(now))))
        .getDeletedCount();
  }

  @Override
  public void deleteOf(OrgId orgId, PersonId personId) {
    exports.deleteMany(new Document("orgId", orgId.value()).append("personId", personId.value()));
  }

  private Optional<StoredExport> read(Document d) {
    if (d == null) {
      return Optional.empty();
    }
    String id = d.getString("_id");
    String person = d.getString("personId");
    return texts
        .tryOpen(id, FIELD, person, d.getString(FIELD))
        .map(
            json ->
                new StoredExport(
                    id,
                    new OrgId(d.getString("orgId")),
                    new PersonId(person),
                    json,
                    d.getDate("expiresAt").toInstant()));
  }
}
