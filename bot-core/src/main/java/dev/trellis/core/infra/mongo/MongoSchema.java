package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.trellis.core.feature.IndexSpec;
import java.util.Collection;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Every collection and the indexes of the shared ones, created at start-up (idempotent); a
 * feature's own collections get the indexes it declares ({@link #ensureIndexes(MongoDatabase,
 * Collection)}).
 *
 * <p>Keys are shaped for equality lookups on unique indexes: the embedded server answers those from
 * the index, while ranges and non-unique indexes scan the collection.
 */
public final class MongoSchema {

  /** Documents per reply when analytics reads an org's records of a range. */
  static final int SCAN_BATCH = 1000;

  static final String ORGS = "orgs";
  static final String PEOPLE = "people";
  static final String ONE_ON_ONES = "one_on_ones";
  static final String OUTBOX = "outbox";
  static final String OUTBOX_SENT = "outbox_sent";
  static final String OUTBOX_DEAD = "outbox_dead";
  static final String OUTBOX_ORG_LEASES = "outbox_org_leases";
  static final String OUTBOX_SENDERS = "outbox_senders";
  static final String PROMPTS = "prompts";
  static final String PROMPT_CLOSES = "prompt_closes";
  static final String CONVERSATIONS = "conversations";
  static final String REFLECTIONS = "reflections";
  static final String GOALS = "goals";
  static final String STEPS = "steps";
  static final String STEPS_DONE = "steps_done";
  static final String PERSON_SETTINGS = "person_settings";
  static final String HOLIDAYS = "holidays";
  static final String QUESTIONS = "questions";
  static final String RETIRED_BUILTIN_QUESTIONS = "retired_builtin_questions";
  static final String PROMPTED_QUESTIONS = "prompted_questions";
  static final String AGENDA_QUESTIONS = "agenda_questions";
  static final String ONE_ON_ONE_OUTCOMES = "one_on_one_outcomes";
  static final String META = "meta";
  static final String PERSON_IDENTITIES = "person_identities";
  static final String INBOX = "inbox";
  static final String INBOX_DONE = "inbox_done";
  static final String UNREACHABLE_RECIPIENTS = "unreachable_recipients";
  static final String LAST_USED_PLATFORMS = "last_used_platforms";
  static final String COHORTS = "cohorts";
  static final String COHORT_MEMBERS = "cohort_members";
  static final String BUDDY_ROUNDS = "buddy_rounds";
  static final String BUDDY_MEETUPS = "buddy_meetups";
  static final String BUDDY_PEOPLE = "buddy_people";
  static final String ADMIN_TOKENS = "admin_tokens";
  static final String NUDGE_DAYS = "nudge_days";
  static final String ORG_SETTINGS = "org_settings";
  static final String OPPORTUNITIES = "opportunities";
  static final String OPPORTUNITY_INTERESTS = "opportunity_interests";
  static final String DEVTIME_ENTRIES = "devtime_entries";
  static final String DEVTIME_SHARES = "devtime_shares";
  static final String AUDIT_LOG = "audit_log";
  static final String ERASED_PEOPLE = "erased_people";
  static final String PERSONAL_EXPORTS = "personal_exports";

  private MongoSchema() {}

  public static void ensureIndexes(MongoDatabase db) {
    unique(db, ORGS, Indexes.ascending("slackTeamId"), "slack_team", true);
    unique(db, ORGS, Indexes.ascending("teamsTenantId"), "teams_tenant", true);
    unique(db, PEOPLE, Indexes.ascending("orgId", "email"), "org_email", false);
    unique(db, ONE_ON_ONES, Indexes.ascending("orgId", "managerId", "reportId"), "org_pair", false);
    leasedQueue(db, OUTBOX);
    leasedQueue(db, STEPS);
    leasedQueue(db, INBOX);
    index(db, STEPS, Indexes.ascending("orgId", "personId", "dueAt"), "person_upcoming");
    index(db, PERSON_SETTINGS, Indexes.ascending("orgId"), "org");
    index(db, OUTBOX, Indexes.ascending("orgId", "dueAt"), "org_pending");
    index(db, OUTBOX_DEAD, Indexes.ascending("orgId", "diedAt"), "org_dead");
    unique(db, QUESTIONS, Indexes.ascending("orgId", "_id"), "org_question", false);
    unique(db, PROMPTED_QUESTIONS, Indexes.ascending("orgId", "personId"), "org_person", false);
    // The features declare the indexes of their own collections (reflections, 1:1 outcomes,
    // cohorts, ...); buddy_meetups and buddy_people are read by _id only.
    // admin_tokens are checked by _id (the token's id); listing an org's tokens reads this.
    index(db, ADMIN_TOKENS, Indexes.ascending("orgId", "createdAt"), "org_created");
    index(db, NUDGE_DAYS, Indexes.ascending("orgId", "personId"), "org_person");
    index(db, AUDIT_LOG, Indexes.ascending("orgId", "at"), "org_at");
    index(db, ERASED_PEOPLE, Indexes.ascending("orgId"), "org");
    index(db, PERSONAL_EXPORTS, Indexes.ascending("linkHash"), "link");
    index(db, PERSONAL_EXPORTS, Indexes.ascending("expiresAt"), "expiry");
  }

  /** The indexes features declare in their routes (idempotent, as the schema's own). */
  public static void ensureIndexes(MongoDatabase db, Collection<IndexSpec> declared) {
    for (IndexSpec spec : declared) {
      db.getCollection(spec.collection())
          .createIndex(
              Indexes.ascending(spec.keys()),
              new IndexOptions().name(spec.name()).unique(spec.unique()).sparse(spec.sparse()));
    }
  }

  /**
   * The indexes of a {@link LeasedQueue}'s claims: picking what is due (on MongoDB; the embedded
   * server scans, stopping at the claim's limit), then claiming each by {@code _id} and stamp,
   * which the {@code _id} index answers (on the embedded server too, through its query shortcuts).
   * An earlier version kept a unique index on both fields for the embedded server; it cost every
   * insert, claim and delete of a queue a second index to keep, and is dropped.
   */
  private static void leasedQueue(MongoDatabase db, String collection) {
    index(db, collection, Indexes.ascending("state", "dueAt"), "due");
    index(db, collection, Indexes.ascending("state", "leaseUntil"), "expired_lease");
    dropIfPresent(db, collection, "claim_stamp");
  }

  private static void dropIfPresent(MongoDatabase db, String collection, String name) {
    MongoCollection<Document> c = db.getCollection(collection);
    for (Document index : c.listIndexes()) {
      if (name.equals(index.getString("name"))) {
        c.dropIndex(name);
        return;
      }
    }
  }

  private static void index(MongoDatabase db, String collection, Bson keys, String name) {
    db.getCollection(collection).createIndex(keys, new IndexOptions().name(name));
  }

  private static void unique(
      MongoDatabase db, String collection, Bson keys, String name, boolean sparse) {
    db.getCollection(collection)
        .createIndex(keys, new IndexOptions().name(name).unique(true).sparse(sparse));
  }
}
