package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.PromptedQuestion;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * What each person was asked lately, in {@code prompted_questions}: one small document per person
 * (unique by org and person) holding their last {@code keep} prompts, oldest first. Recording is
 * one atomic upsert that appends and trims ({@code $push} with {@code $each} and {@code $slice}),
 * so concurrent recordings never lose one another and the document never grows.
 */
public final class MongoPromptedQuestions implements PromptedQuestions {

  private static final String RECENT = "recent";

  private final MongoCollection<Document> prompted;
  private final int keep;

  public MongoPromptedQuestions(MongoDatabase db, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, not " + keep);
    }
    this.prompted = db.getCollection(MongoSchema.PROMPTED_QUESTIONS);
    this.keep = keep;
  }

  @Override
  public void record(OrgId orgId, PersonId personId, QuestionId questionId, Instant at) {
    prompted.updateOne(
        key(orgId, personId),
        push(orgId, personId, questionId, at),
        new UpdateOptions().upsert(true));
  }

  @Override
  public void recordAll(OrgId orgId, Map<PersonId, QuestionId> asked, Instant at) {
    if (asked.isEmpty()) {
      return;
    }
    List<UpdateOneModel<Document>> writes = new ArrayList<>(asked.size());
    asked.forEach(
        (personId, questionId) ->
            writes.add(
                new UpdateOneModel<>(
                    key(orgId, personId),
                    push(orgId, personId, questionId, at),
                    new UpdateOptions().upsert(true))));
    prompted.bulkWrite(writes, new BulkWriteOptions().ordered(false));
  }

  @Override
  public List<PromptedQuestion> recent(OrgId orgId, PersonId personId, int limit) {
    Document doc = prompted.find(key(orgId, personId)).first();
    return doc == null ? List.of() : newestFirst(doc, limit);
  }

  @Override
  public Map<PersonId, List<PromptedQuestion>> recentOfAll(
      OrgId orgId, Collection<PersonId> personIds, int limit) {
    Map<PersonId, List<PromptedQuestion>> all = new HashMap<>();
    if (personIds.isEmpty()) {
      return all;
    }
    List<String> ids = personIds.stream().map(p -> id(orgId, p)).distinct().toList();
    ByIds.find(
        prompted,
        ids,
        doc -> all.put(new PersonId(doc.getString("personId")), newestFirst(doc, limit)));
    return all;
  }

  private static List<PromptedQuestion> newestFirst(Document doc, int limit) {
    if (limit < 1) {
      return List.of();
    }
    List<Document> oldestFirst = doc.getList(RECENT, Document.class, List.of());
    List<PromptedQuestion> newestFirst = new ArrayList<>();
    for (int i = oldestFirst.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
      Document entry = oldestFirst.get(i);
      newestFirst.add(
          new PromptedQuestion(
              new QuestionId(entry.getString("questionId")), entry.getDate("at").toInstant()));
    }
    return newestFirst;
  }

  /**
   * One document per person, keyed by {@code _id} so that a lookup, and a batch lookup with {@code
   * $in}, is answered from the index on every server.
   */
  private static Document key(OrgId orgId, PersonId personId) {
    return new Document("_id", id(orgId, personId));
  }

  private static String id(OrgId orgId, PersonId personId) {
    return orgId.value() + "/" + personId.value();
  }

  private Document push(OrgId orgId, PersonId personId, QuestionId questionId, Instant at) {
    Document entry = new Document("questionId", questionId.value()).append("at", Date.from(at));
    return new Document(
            "$push",
            new Document(RECENT, new Document("$each", List.of(entry)).append("$slice", -keep)))
        .append(
            "$setOnInsert",
            new Document("orgId", orgId.value()).append("personId", personId.value()));
  }
}
