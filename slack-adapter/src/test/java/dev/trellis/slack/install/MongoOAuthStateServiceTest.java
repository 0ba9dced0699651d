package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOAuthStateServiceTest {

  @RegisterExtension
  static final InMemoryMongo mongo = new InMemoryMongo(SlackInstallSchema::ensureIndexes);

  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
  private MongoOAuthStateService states;

  @BeforeEach
  void setUp() {
    states = new MongoOAuthStateService(mongo.db(), clock);
  }

  @Test
  void aStateIsAvailableForTenMinutes() {
    states.addNewStateToDatastore("state-1");

    clock.advance(Duration.ofMinutes(9).plusSeconds(59));
    assertThat(states.isAvailableInDatabase("state-1")).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(states.isAvailableInDatabase("state-1")).isFalse();
  }

  @Test
  void unknownAndDeletedStatesAreNotAvailable() {
    states.addNewStateToDatastore("state-1");

    states.deleteStateFromDatastore("state-1");
    states.deleteStateFromDatastore("state-1");

    assertThat(states.isAvailableInDatabase("state-1")).isFalse();
    assertThat(states.isAvailableInDatabase("never-issued")).isFalse();
    assertThat(states.isAvailableInDatabase(null)).isFalse();
  }

  @Test
  void addingAStateRemovesExpiredOnes() {
    states.addNewStateToDatastore("old");
    clock.advance(Duration.ofMinutes(5));
    states.addNewStateToDatastore("recent");
    clock.advance(Duration.ofMinutes(6));

    states.addNewStateToDatastore("new");

    assertThat(
            mongo
                .db()
                .getCollection(SlackInstallSchema.OAUTH_STATES)
                .find()
                .map(doc -> doc.getString("_id"))
                .into(new ArrayList<>()))
        .containsExactlyInAnyOrder("recent", "new");
    assertThat(states.isAvailableInDatabase("recent")).isTrue();
    assertThat(
            mongo
                .db()
                .getCollection(SlackInstallSchema.OAUTH_STATES)
                .find(new Document("_id", "new"))
                .first()
                .getDate("issuedAt")
                .toInstant())
        .isEqualTo(clock.instant());
  }
}
