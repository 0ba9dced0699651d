package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoSchemaTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  @Test
  void shouldCreateTheNamedUniqueIndexes() {
    MongoDatabase db = mongo.emptyDatabase("schema");

    MongoSchema.ensureIndexes(db);

    thenUniqueIndex(db, MongoSchema.ORGS, "slack_team", new Document("slackTeamId", 1), true);
    thenUniqueIndex(db, MongoSchema.ORGS, "teams_tenant", new Document("teamsTenantId", 1), true);
    thenUniqueIndex(
        db, MongoSchema.PEOPLE, "org_email", new Document("orgId", 1).append("email", 1), false);
    thenUniqueIndex(
        db,
        MongoSchema.ONE_ON_ONES,
        "org_pair",
        new Document("orgId", 1).append("managerId", 1).append("reportId", 1),
        false);
  }

  @Test
  void shouldIndexTheOutboxClaimsAndThePlannedSteps() {
    MongoDatabase db = mongo.emptyDatabase("schema");

    MongoSchema.ensureIndexes(db);

    assertThat(index(db, MongoSchema.OUTBOX, "due").get("key", Document.class))
        .isEqualTo(new Document("state", 1).append("dueAt", 1));
    assertThat(index(db, MongoSchema.OUTBOX_DEAD, "org_dead")).isNotNull();
    assertThat(index(db, MongoSchema.STEPS, "person_upcoming").get("key", Document.class))
        .isEqualTo(new Document("orgId", 1).append("personId", 1).append("dueAt", 1));
  }

  @Test
  void shouldDropTheClaimStampIndexAnEarlierVersionCreated() {
    MongoDatabase db = mongo.emptyDatabase("schema");
    db.getCollection(MongoSchema.OUTBOX)
        .createIndex(
            new Document("_id", 1).append("claim", 1),
            new IndexOptions().name("claim_stamp").unique(true));

    MongoSchema.ensureIndexes(db);

    assertThat(indexNamesOf(db, MongoSchema.OUTBOX)).doesNotContain("claim_stamp").contains("due");
  }

  @Test
  void shouldIndexAnOrgsAdminTokens() {
    MongoDatabase db = mongo.emptyDatabase("schema");

    MongoSchema.ensureIndexes(db);

    assertThat(index(db, MongoSchema.ADMIN_TOKENS, "org_created").get("key", Document.class))
        .isEqualTo(new Document("orgId", 1).append("createdAt", 1));
  }

  @Test
  void shouldBeSafeToRunAgainAtEveryStart() {
    MongoDatabase db = mongo.emptyDatabase("schema");
    MongoSchema.ensureIndexes(db);
    List<String> before = indexNames(db);

    MongoSchema.ensureIndexes(db);

    assertThat(indexNames(db)).isEqualTo(before);
    assertThat(before)
        .contains(
            "orgs.slack_team", "orgs.teams_tenant", "people.org_email", "one_on_ones.org_pair");
  }

  private static void thenUniqueIndex(
      MongoDatabase db, String collection, String name, Document keys, boolean sparse) {
    Document index = index(db, collection, name);
    assertThat(index.get("key", Document.class)).as(name + " keys").isEqualTo(keys);
    assertThat(index.getBoolean("unique", false)).as(name + " unique").isTrue();
    assertThat(index.getBoolean("sparse", false)).as(name + " sparse").isEqualTo(sparse);
  }

  private static Document index(MongoDatabase db, String collection, String name) {
    for (Document index : db.getCollection(collection).listIndexes()) {
      if (name.equals(index.getString("name"))) {
        return index;
      }
    }
    throw new AssertionError("No index " + name + " on " + collection);
  }

  private static List<String> indexNamesOf(MongoDatabase db, String collection) {
    List<String> names = new ArrayList<>();
    db.getCollection(collection).listIndexes().forEach(i -> names.add(i.getString("name")));
    return names;
  }

  private static List<String> indexNames(MongoDatabase db) {
    List<String> names = new ArrayList<>();
    for (String collection :
        List.of(MongoSchema.ORGS, MongoSchema.PEOPLE, MongoSchema.ONE_ON_ONES)) {
      for (Document index : db.getCollection(collection).listIndexes()) {
        names.add(collection + "." + index.getString("name"));
      }
    }
    names.sort(null);
    return names;
  }
}
