package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.PromptedQuestion;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
    Document entry = new Document("questionId", questionId.value()).append("at", Date.from(at));
    prompted.updateOne(
        key(orgId, personId),
        new Document(
            "$push",
            new Document(RECENT, new Document("$each", List.of(entry)).append("$slice", -keep))),
        new UpdateOptions().upsert(true));
  }

  @Override
  public List<PromptedQuestion> recent(OrgId orgId, PersonId personId, int limit) {
    Document doc = prompted.find(key(orgId, personId)).first();
    if (doc == null || limit < 1) {
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

  /** Equality on both fields of the unique {@code org_person} index. */
  private static Document key(OrgId orgId, PersonId personId) {
    return new Document("orgId", orgId.value()).append("personId", personId.value());
  }
}
