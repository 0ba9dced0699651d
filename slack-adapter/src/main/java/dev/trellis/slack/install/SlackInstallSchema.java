package dev.trellis.slack.install;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The collections of Slack installations and OAuth states. Both are looked up by {@code _id} only;
 * the one extra index serves the clean-up of old states on MongoDB (the embedded server scans).
 */
public final class SlackInstallSchema {

  /** One document per installed workspace (or Enterprise Grid org), keyed by its Slack id. */
  static final String INSTALLATIONS = "slack_installations";

  /** One document per issued OAuth state, keyed by the state value. */
  static final String OAUTH_STATES = "slack_oauth_states";

  private SlackInstallSchema() {}

  /** Creates the indexes (idempotent); call at start-up beside the core schema. */
  public static void ensureIndexes(MongoDatabase db) {
    db.getCollection(OAUTH_STATES)
        .createIndex(Indexes.ascending("issuedAt"), new IndexOptions().name("issued"));
  }
}
