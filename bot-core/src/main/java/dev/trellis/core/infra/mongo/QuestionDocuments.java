package dev.trellis.core.infra.mongo;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.Question;
import dev.trellis.core.question.QuestionId;
import dev.trellis.core.question.Theme;
import org.bson.Document;

/** Maps an org's custom {@link Question} to and from its stored document. */
final class QuestionDocuments {

  private QuestionDocuments() {}

  static Document toDocument(OrgId orgId, Question question) {
    return new Document("_id", question.id().value())
        .append("orgId", orgId.value())
        .append("theme", question.theme().name())
        .append("text", question.text())
        .append("retired", question.retired());
  }

  static Question toQuestion(Document doc) {
    return new Question(
        new QuestionId(doc.getString("_id")),
        Theme.valueOf(doc.getString("theme")),
        doc.getString("text"),
        false,
        doc.getBoolean("retired", false));
  }
}
