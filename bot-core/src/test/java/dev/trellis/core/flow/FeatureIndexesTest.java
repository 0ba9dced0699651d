package dev.trellis.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The features declare the indexes of their own collections; start-up creates them. */
class FeatureIndexesTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  @Test
  void theFeaturesIndexesAreCreatedWithTheirKeysAndAgainHarmlessly() {
    MongoDatabase db = mongo.emptyDatabase("features");
    EngineHarness trellis = new EngineHarness(db, Instant.parse("2026-11-18T00:00:00Z"), "one");

    MongoSchema.ensureIndexes(db, trellis.routes.indexes());
    List<String> once = names(db, "reflections");
    MongoSchema.ensureIndexes(db, trellis.routes.indexes());

    assertThat(keysOf(db, "reflections", "person_history"))
        .isEqualTo(new Document("orgId", 1).append("personId", 1).append("answeredAt", 1));
    assertThat(keysOf(db, "reflections", "person_shares"))
        .isEqualTo(new Document("orgId", 1).append("personId", 1).append("shares.with", 1));
    assertThat(keysOf(db, "one_on_one_outcomes", "org_date"))
        .isEqualTo(new Document("orgId", 1).append("date", 1));
    assertThat(keysOf(db, "cohorts", "org")).isEqualTo(new Document("orgId", 1));
    assertThat(names(db, "reflections")).isEqualTo(once);
  }

  private static Document keysOf(MongoDatabase db, String collection, String name) {
    for (Document index : db.getCollection(collection).listIndexes()) {
      if (name.equals(index.getString("name"))) {
        return index.get("key", Document.class);
      }
    }
    throw new AssertionError("No index " + name + " on " + collection);
  }

  private static List<String> names(MongoDatabase db, String collection) {
    List<String> names = new ArrayList<>();
    db.getCollection(collection).listIndexes().forEach(i -> names.add(i.getString("name")));
    return names;
  }
}
