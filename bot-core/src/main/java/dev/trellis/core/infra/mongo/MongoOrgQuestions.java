package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.OrgQuestions;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionId;
import dev.trellis.core.question.Theme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Custom questions in the {@code questions} collection ({@code _id} = question id, unique with the
 * org id so every lookup names both), and each org's retired built-in questions as one document per
 * org in {@code retired_builtin_questions} ({@code _id} = org id).
 */
public final class MongoOrgQuestions implements OrgQuestions {

  private static final String QUESTION_IDS = "questionIds";

  private final MongoCollection<Document> questions;
  private final MongoCollection<Document> retiredBuiltIns;

  public MongoOrgQuestions(MongoDatabase db) {
    this.questions = db.getCollection(MongoSchema.QUESTIONS);
    this.retiredBuiltIns = db.getCollection(MongoSchema.RETIRED_BUILTIN_QUESTIONS);
  }

  @Override
  public void add(OrgId orgId, Question question) {
    if (question.builtIn()) {
      throw new IllegalArgumentException("Built-in question " + question.id() + " is not stored");
    }
    questions.insertOne(QuestionDocuments.toDocument(orgId, question));
  }

  @Override
  public Optional<Question> findById(OrgId orgId, QuestionId id) {
    if (id.isBuiltIn()) {
      return Optional.empty();
    }
    return Optional.ofNullable(questions.find(key(orgId, id)).first())
        .map(QuestionDocuments::toQuestion);
  }

  @Override
  public List<Question> list(OrgId orgId) {
    List<Question> all = new ArrayList<>();
    for (Document doc : questions.find(new Document("orgId", orgId.value()))) {
      all.add(QuestionDocuments.toQuestion(doc));
    }
    return all;
  }

  @Override
  public Optional<Question> edit(
      OrgId orgId, QuestionId id, Optional<Theme> theme, Optional<String> text) {
    Document set = new Document();
    theme.ifPresent(t -> set.append("theme", t.name()));
    text.ifPresent(t -> set.append("text", t.strip()));
    if (set.isEmpty()) {
      return findById(orgId, id);
    }
    return update(orgId, id, set);
  }

  @Override
  public Optional<Question> retire(OrgId orgId, QuestionId id) {
    return update(orgId, id, new Document("retired", true));
  }

  @Override
  public void retireBuiltIn(OrgId orgId, QuestionId id) {
    if (!id.isBuiltIn()) {
      throw new IllegalArgumentException(id + " is not a built-in question");
    }
    retiredBuiltIns.updateOne(
        new Document("_id", orgId.value()),
        new Document("$addToSet", new Document(QUESTION_IDS, id.value())),
        new UpdateOptions().upsert(true));
  }

  @Override
  public Set<QuestionId> retiredBuiltIns(OrgId orgId) {
    Document doc = retiredBuiltIns.find(new Document("_id", orgId.value())).first();
    Set<QuestionId> ids = new LinkedHashSet<>();
    if (doc != null) {
      doc.getList(QUESTION_IDS, String.class, List.of()).forEach(v -> ids.add(new QuestionId(v)));
    }
    return ids;
  }

  private Optional<Question> update(OrgId orgId, QuestionId id, Document set) {
    if (id.isBuiltIn()) {
      return Optional.empty();
    }
    Document updated =
        questions.findOneAndUpdate(
            key(orgId, id),
            new Document("$set", set),
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    return Optional.ofNullable(updated).map(QuestionDocuments::toQuestion);
  }

  /** Equality on both fields of the unique {@code org_question} index. */
  private static Document key(OrgId orgId, QuestionId id) {
    return new Document("orgId", orgId.value()).append("_id", id.value());
  }
}
