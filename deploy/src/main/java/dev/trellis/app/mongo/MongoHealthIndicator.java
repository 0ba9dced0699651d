package dev.trellis.app.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports MongoDB as the "mongo" health component: UP when it answers a ping. */
@Component("mongoHealthIndicator")
class MongoHealthIndicator extends AbstractHealthIndicator {

  private final TrellisMongo mongo;

  MongoHealthIndicator(TrellisMongo mongo) {
    super("MongoDB did not answer a ping");
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    mongo.database().runCommand(new Document("ping", 1));
    builder
        .up()
        .withDetail("kind", mongo.isEmbedded() ? "embedded" : "external")
        .withDetail("database", mongo.database().getName());
  }
}
