package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.reflection.Prompt;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Prompts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Prompts in {@code prompts}; each person's latest prompt in {@code conversations}; and the first
 * close of each prompt in {@code prompt_closes}, whose unique {@code _id} makes "first close wins"
 * one atomic insert on any server.
 */
public final class MongoPrompts implements Prompts {

  private final MongoCollection<Document> prompts;
  private final MongoCollection<Document> conversations;
  private final MongoCollection<Document> closes;

  public MongoPrompts(MongoDatabase db) {
    this.prompts = db.getCollection(MongoSchema.PROMPTS);
    this.conversations = db.getCollection(MongoSchema.CONVERSATIONS);
    this.closes = db.getCollection(MongoSchema.PROMPT_CLOSES);
  }

  @Override
  public void save(Prompt prompt) {
    saveAll(List.of(prompt));
  }

  /**
   * Each prompt's id is new but for a step that runs again (its claimant died before finishing it),
   * so the prompts are inserted in one go, and only the ones already stored are replaced.
   */
  @Override
  public void saveAll(List<Prompt> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<Document> promptDocs = batch.stream().map(MongoPrompts::toDocument).toList();
    List<ReplaceOneModel<Document>> conversationWrites = new ArrayList<>(batch.size());
    for (Prompt prompt : batch) {
      String conversation = conversationId(prompt.orgId(), prompt.personId());
      conversationWrites.add(
          new ReplaceOneModel<>(
              new Document("_id", conversation),
              new Document("_id", conversation)
                  .append("orgId", prompt.orgId().value())
                  .append("latestPromptId", prompt.id().value())
                  .append("updatedAt", Date.from(prompt.sentAt())),
              new ReplaceOptions().upsert(true)));
    }
    insertOrReplace(promptDocs);
    conversations.bulkWrite(conversationWrites);
  }

  private void insertOrReplace(List<Document> docs) {
    try {
      prompts.insertMany(docs, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      List<ReplaceOneModel<Document>> replaces = new ArrayList<>();
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        Document doc = docs.get(error.getIndex());
        replaces.add(
            new ReplaceOneModel<>(
                new Document("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true)));
      }
      prompts.bulkWrite(replaces);
    }
  }

  @Override
  public Optional<Prompt> findById(OrgId orgId, PromptId id) {
    Document doc = prompts.find(new Document("_id", id.value())).first();
    return Optional.ofNullable(doc)
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(MongoPrompts::toPrompt);
  }

  @Override
  public Optional<PromptId> latest(OrgId orgId, PersonId personId) {
    Document doc = conversations.find(new Document("_id", conversationId(orgId, personId))).first();
    return Optional.ofNullable(doc).map(d -> new PromptId(d.getString("latestPromptId")));
  }

  @Override
  public boolean close(OrgId orgId, PromptId id, Prompt.State to) {
    try {
      closes.insertOne(
          new Document("_id", id.value())
              .append("orgId", orgId.value())
              .append("state", to.name()));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
    prompts.updateOne(
        new Document("_id", id.value()), new Document("$set", new Document("state", to.name())));
    return true;
  }

  @Override
  public void eraseOf(Erasure erasure) {
    for (Document d : ErasedDocuments.naming(prompts, "orgId", erasure)) {
      ErasedDocuments.anonymize(prompts, d, erasure);
    }
  }

  @Override
  public void eachSentBetween(OrgId orgId, Instant from, Instant to, Consumer<Prompt> each) {
    Document filter =
        new Document("orgId", orgId.value())
            .append("sentAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
    for (Document d : prompts.find(filter).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(toPrompt(d));
    }
  }

  private static String conversationId(OrgId orgId, PersonId personId) {
    return orgId.value() + "/" + personId.value();
  }

  private static Document toDocument(Prompt p) {
    Document doc =
        new Document("_id", p.id().value())
            .append("orgId", p.orgId().value())
            .append("personId", p.personId().value())
            .append("kind", p.kind().name())
            .append("questionText", p.questionText())
            .append("sentAt", Date.from(p.sentAt()))
            .append("expiresAt", Date.from(p.expiresAt()))
            .append("state", p.state().name());
    p.questionId().ifPresent(q -> doc.append("questionId", q));
    return doc;
  }

  private static Prompt toPrompt(Document d) {
    return new Prompt(
        new PromptId(d.getString("_id")),
        new OrgId(d.getString("orgId")),
        new PersonId(d.getString("personId")),
        PromptKind.valueOf(d.getString("kind")),
        Optional.ofNullable(d.getString("questionId")),
        d.getString("questionText"),
        d.getDate("sentAt").toInstant(),
        d.getDate("expiresAt").toInstant(),
        Prompt.State.valueOf(d.getString("state")));
  }
}
