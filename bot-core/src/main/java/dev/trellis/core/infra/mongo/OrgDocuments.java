package dev.trellis.core.infra.mongo;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import java.util.Optional;
import org.bson.Document;

/** Maps {@link Org} to and from its stored document; absent ids are left out, not null. */
final class OrgDocuments {

  private OrgDocuments() {}

  static Document toDocument(Org org) {
    Document doc = new Document("_id", org.id().value()).append("name", org.name());
    org.slackTeamId().ifPresent(id -> doc.append("slackTeamId", id));
    org.teamsTenantId().ifPresent(id -> doc.append("teamsTenantId", id));
    return doc;
  }

  static Org toOrg(Document doc) {
    return new Org(
        new OrgId(doc.getString("_id")),
        doc.getString("name"),
        Optional.ofNullable(doc.getString("slackTeamId")),
        Optional.ofNullable(doc.getString("teamsTenantId")));
  }
}
