package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.command.GoalDirection;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.goal.Goal;
import dev.trellis.core.goal.GoalId;
import dev.trellis.core.goal.GoalShare;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Goals in {@code goals}, keyed {@code <org>:<person>:<number>}. A new goal takes the person's
 * highest number plus one; since the number is in the unique {@code _id}, of two adds at once one
 * is stored and the other takes the next number, so numbers are never given twice nor skipped. Done
 * and dropped goals stay, so their numbers are never given again. The goal's text and next step are
 * stored encrypted, each bound to its goal, field and owner.
 */
public final class MongoGoals implements Goals {

  /** More than any race of one person's adds: each lost one only takes the next number. */
  private static final int MAX_TRIES = 100;

  /** Goals a reply when an org's open goals are read: a few hundred kB each. */
  private static final int OPEN_GOALS_BATCH = 2000;

  private final MongoCollection<Document> goals;
  private final SealedTexts texts;

  public MongoGoals(MongoDatabase db, TextCipher cipher) {
    this.goals = db.getCollection(MongoSchema.GOALS);
    this.texts = new SealedTexts(cipher, MongoSchema.GOALS);
  }

  @Override
  public Goal add(
      OrgId orgId, PersonId personId, String text, GoalDirection direction, Instant at) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      Goal goal = Goal.added(orgId, personId, lastNumber(orgId, personId) + 1, text, direction, at);
      try {
        goals.insertOne(toDocument(goal));
        return goal;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("No free goal number after " + MAX_TRIES + " tries");
  }

  /**
   * Stores many goals at once, as they are (a bulk load: an import or a benchmark's data); a goal
   * already stored under its id stops the load.
   */
  public void insertAll(List<Goal> many) {
    for (int i = 0; i < many.size(); i += OPEN_GOALS_BATCH) {
      goals.insertMany(
          many.subList(i, Math.min(many.size(), i + OPEN_GOALS_BATCH)).stream()
              .map(this::toDocument)
              .toList());
    }
  }

  /** The person's highest goal number (done and dropped goals count); 0 before their first. */
  private int lastNumber(OrgId orgId, PersonId personId) {
    Document last =
        goals
            .find(new Document("orgId", orgId.value()).append("personId", personId.value()))
            .projection(new Document("number", 1))
            .sort(Sorts.descending("number"))
            .first();
    return last == null ? 0 : last.getInteger("number");
  }

  @Override
  public void save(Goal goal) {
    goals.replaceOne(
        new Document("_id", goal.id().value()),
        toDocument(goal),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<Goal> findById(OrgId orgId, GoalId id) {
    return Optional.ofNullable(goals.find(new Document("_id", id.value())).first())
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(this::toGoal);
  }

  @Override
  public Optional<Goal> findByNumber(OrgId orgId, PersonId personId, int number) {
    return findById(orgId, GoalId.of(orgId, personId, number))
        .filter(g -> g.personId().equals(personId));
  }

  @Override
  public List<Goal> ofPerson(OrgId orgId, PersonId personId) {
    return found(new Document("orgId", orgId.value()).append("personId", personId.value()));
  }

  @Override
  public List<Goal> openSharedWith(OrgId orgId, PersonId personId, PersonId recipient) {
    return found(
        new Document("orgId", orgId.value())
            .append("personId", personId.value())
            .append("status", Goal.Status.OPEN.name())
            .append("shares.with", recipient.value()));
  }

  /**
   * Reads the documents in replies of {@value #OPEN_GOALS_BATCH} and opens each reply's texts on
   * every core (the ciphers are per thread), then hands the goals over in order on the caller's
   * thread.
   */
  @Override
  public void eachMovedSince(OrgId orgId, Instant since, Consumer<Moved> each) {
    Document query =
        new Document("orgId", orgId.value())
            .append("movedAt", new Document("$gte", Date.from(since)));
    Document fields =
        new Document("personId", 1)
            .append("direction", 1)
            .append("status", 1)
            .append("createdAt", 1)
            .append("movedAt", 1);
    for (Document d : goals.find(query).projection(fields).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(
          new Moved(
              new PersonId(d.getString("personId")),
              GoalDirection.valueOf(d.getString("direction")),
              Goal.Status.valueOf(d.getString("status")),
              d.getDate("createdAt").toInstant(),
              d.getDate("movedAt").toInstant()));
    }
  }

  @Override
  public void forEachOpen(OrgId orgId, Consumer<Goal> each) {
    List<Document> chunk = new ArrayList<>(OPEN_GOALS_BATCH);
    for (Document d :
        goals
            .find(new Document("orgId", orgId.value()).append("status", Goal.Status.OPEN.name()))
            .batchSize(OPEN_GOALS_BATCH)) {
      chunk.add(d);
      if (chunk.size() == OPEN_GOALS_BATCH) {
        opened(orgId, chunk).forEach(each);
        chunk.clear();
      }
    }
    opened(orgId, chunk).forEach(each);
  }

  /** The goals of the org's documents: the query named the org, so its id is not read again. */
  private List<Goal> opened(OrgId orgId, List<Document> documents) {
    return documents.parallelStream().map(d -> toGoal(d, orgId)).toList();
  }

  @Override
  public void eraseOf(Erasure erasure) {
    for (Document d : ErasedDocuments.naming(goals, "orgId", erasure)) {
      if (erasure.personId().value().equals(d.getString("personId"))) {
        Document anonymous =
            (Document)
                ErasedDocuments.replaced(
                    d, erasure.personId().value(), erasure.anonymousId().value());
        d.put(
            "text",
            texts.seal(
                anonymous.getString("_id"),
                "text",
                erasure.anonymousId().value(),
                SealedTexts.FORGOTTEN));
        d.remove("nextStep");
      }
      ErasedDocuments.anonymize(goals, d, erasure);
    }
  }

  private List<Goal> found(Document filter) {
    List<Goal> found = new ArrayList<>();
    for (Document d : goals.find(filter).sort(Sorts.ascending("number"))) {
      found.add(toGoal(d));
    }
    return found;
  }

  private Document toDocument(Goal g) {
    String id = g.id().value();
    String owner = g.personId().value();
    Document doc =
        new Document("_id", id)
            .append("orgId", g.orgId().value())
            .append("personId", owner)
            .append("number", g.number())
            .append("text", texts.seal(id, "text", owner, g.text()))
            .append("direction", g.direction().name())
            .append("status", g.status().name())
            .append("createdAt", Date.from(g.createdAt()))
            .append("movedAt", Date.from(g.movedAt()));
    g.nextStep().ifPresent(s -> doc.append("nextStep", texts.seal(id, "nextStep", owner, s)));
    if (g.isShared()) {
      doc.append(
          "shares",
          g.shares().stream()
              .map(s -> new Document("with", s.with().value()).append("at", Date.from(s.at())))
              .toList());
    }
    return doc;
  }

  private Goal toGoal(Document d) {
    return toGoal(d, new OrgId(d.getString("orgId")));
  }

  private Goal toGoal(Document d, OrgId orgId) {
    return new Goal(
        new GoalId(d.getString("_id")),
        orgId,
        new PersonId(d.getString("personId")),
        d.getInteger("number"),
        opened(d, "text"),
        GoalDirection.valueOf(d.getString("direction")),
        Goal.Status.valueOf(d.getString("status")),
        Optional.ofNullable(d.getString("nextStep")).map(s -> opened(d, "nextStep")),
        d.getDate("createdAt").toInstant(),
        d.getDate("movedAt").toInstant(),
        d.getList("shares", Document.class, List.of()).stream()
            .map(s -> new GoalShare(new PersonId(s.getString("with")), s.getDate("at").toInstant()))
            .toList());
  }

  /** An encrypted field, opened at its place (the owner is the person whose goal it is). */
  private String opened(Document d, String field) {
    return texts.open(d.getString("_id"), field, d.getString("personId"), d.getString(field));
  }
}
