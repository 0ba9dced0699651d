package dev.trellis.teams.install;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The teams the bot is installed in, in the {@code teams_installed_teams} collection, keyed {@code
 * <org>/<teamId>}. Listing an org's teams scans by {@code _id} prefix range, which the embedded
 * test server and MongoDB both answer from the {@code _id} index.
 */
public final class MongoInstalledTeams implements InstalledTeams {

  static final String COLLECTION = "teams_installed_teams";

  private final MongoCollection<Document> teams;

  public MongoInstalledTeams(MongoDatabase db) {
    this.teams = db.getCollection(COLLECTION);
  }

  @Override
  public void save(InstalledTeam t) {
    Document doc =
        new Document("_id", key(t.orgId(), t.teamId()))
            .append("org", t.orgId().value())
            .append("teamId", t.teamId())
            .append("serviceUrl", t.serviceUrl())
            .append("conversationId", t.conversationId())
            .append("tenantId", t.tenantId())
            .append("name", t.name())
            .append("installedAt", Date.from(t.installedAt()));
    teams.replaceOne(Filters.eq("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<InstalledTeam> find(OrgId orgId, String teamId) {
    return Optional.ofNullable(teams.find(Filters.eq("_id", key(orgId, teamId))).first())
        .map(MongoInstalledTeams::team);
  }

  @Override
  public List<InstalledTeam> findAll(OrgId orgId) {
    String prefix = orgId.value() + "/";
    List<InstalledTeam> found = new ArrayList<>();
    // '/' + 1 is '0': every key of the org sorts in [prefix, org + "0").
    teams
        .find(Filters.and(Filters.gte("_id", prefix), Filters.lt("_id", orgId.value() + "0")))
        .forEach(doc -> found.add(team(doc)));
    return found;
  }

  @Override
  public void forget(OrgId orgId, String teamId) {
    teams.deleteOne(Filters.eq("_id", key(orgId, teamId)));
  }

  private static InstalledTeam team(Document doc) {
    return new InstalledTeam(
        new OrgId(doc.getString("org")),
        doc.getString("teamId"),
        doc.getString("serviceUrl"),
        doc.getString("conversationId"),
        doc.getString("tenantId"),
        doc.getString("name"),
        doc.getDate("installedAt").toInstant());
  }

  static String key(OrgId orgId, String teamId) {
    return orgId.value() + "/" + teamId;
  }
}
