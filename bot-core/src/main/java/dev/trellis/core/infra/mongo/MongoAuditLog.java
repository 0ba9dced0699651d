package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.AuditEntry;
import dev.trellis.core.privacy.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The admin audit log in {@code audit_log}: one document per access, never what was read. */
public final class MongoAuditLog implements AuditLog {

  private final MongoCollection<Document> log;

  public MongoAuditLog(MongoDatabase db) {
    this.log = db.getCollection(MongoSchema.AUDIT_LOG);
  }

  @Override
  public void record(AuditEntry entry) {
    Document doc =
        new Document("orgId", entry.orgId().value())
            .append("at", Date.from(entry.at()))
            .append("who", entry.who())
            .append("action", entry.action());
    entry.subject().ifPresent(s -> doc.append("subject", s.value()));
    log.insertOne(doc);
  }

  @Override
  public List<AuditEntry> list(OrgId orgId, Instant from, Instant to, int limit) {
    List<AuditEntry> entries = new ArrayList<>();
    log.find(
            Filters.and(
                Filters.eq("orgId", orgId.value()),
                Filters.gte("at", Date.from(from)),
                Filters.lt("at", Date.from(to))))
        .sort(Sorts.descending("at", "_id"))
        .limit(Math.min(Math.max(limit, 1), MAX_LIST))
        .map(doc -> toEntry(orgId, doc))
        .into(entries);
    return entries;
  }

  @Override
  public void replaceSubject(OrgId orgId, PersonId personId, PersonId anonymousId) {
    log.updateMany(
        Filters.and(Filters.eq("orgId", orgId.value()), Filters.eq("subject", personId.value())),
        Updates.set("subject", anonymousId.value()));
  }

  private static AuditEntry toEntry(OrgId orgId, Document doc) {
    return new AuditEntry(
        orgId,
        doc.getDate("at").toInstant(),
        doc.getString("who"),
        doc.getString("action"),
        Optional.ofNullable(doc.getString("subject")).map(PersonId::new));
  }
}
