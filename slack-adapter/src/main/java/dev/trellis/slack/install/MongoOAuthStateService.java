package dev.trellis.slack.install;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * The OAuth {@code state} values Bolt issues at the install start, kept server-side in {@code
 * slack_oauth_states} for {@link #getExpirationInSeconds()} (10 minutes). Expiry is checked on read
 * rather than left to a TTL index (the embedded server has none); old states are removed whenever a
 * new one is added. Bolt deletes a state once its callback succeeded, so a state works once.
 */
public final class MongoOAuthStateService implements OAuthStateService {

  private final MongoCollection<Document> states;
  private final Clock clock;

  public MongoOAuthStateService(MongoDatabase db, Clock clock) {
    this.states = db.getCollection(SlackInstallSchema.OAUTH_STATES);
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    Instant now = clock.instant();
    states.deleteMany(Filters.lte("issuedAt", Date.from(now.minus(lifetime()))));
    states.insertOne(new Document("_id", state).append("issuedAt", Date.from(now)));
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    if (state == null) {
      return false;
    }
    Document doc = states.find(new Document("_id", state)).first();
    if (doc == null) {
      return false;
    }
    Instant issuedAt = doc.getDate("issuedAt").toInstant();
    return clock.instant().isBefore(issuedAt.plus(lifetime()));
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    if (state != null) {
      states.deleteOne(new Document("_id", state));
    }
  }

  private Duration lifetime() {
    return Duration.ofSeconds(getExpirationInSeconds());
  }
}
