package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.oneonone.AgendaQuestions;
import dev.trellis.core.oneonone.PickedQuestion;
import dev.trellis.core.oneonone.PickedQuestions;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.question.QuestionId;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The questions of each 1:1 occurrence in {@code agenda_questions}, one document per occurrence
 * keyed {@code <org>/<1:1>/<date>}: a lookup is an {@code _id} equality, and "first pick wins" is
 * one insert that the unique {@code _id} refuses a second time.
 */
public final class MongoAgendaQuestions implements AgendaQuestions {

  private final MongoCollection<Document> agendas;

  public MongoAgendaQuestions(MongoDatabase db) {
    this.agendas = db.getCollection(MongoSchema.AGENDA_QUESTIONS);
  }

  @Override
  public Optional<PickedQuestions> find(OrgId orgId, OneOnOneId oneOnOneId, LocalDate date) {
    return Optional.ofNullable(
            agendas.find(new Document("_id", id(orgId, oneOnOneId, date))).first())
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(MongoAgendaQuestions::toPicked);
  }

  @Override
  public boolean addIfAbsent(PickedQuestions picked) {
    return DuplicateKeys.writtenUnlessDuplicate(() -> agendas.insertOne(toDocument(picked)));
  }

  private static String id(OrgId orgId, OneOnOneId oneOnOneId, LocalDate date) {
    return orgId.value() + "/" + oneOnOneId.value() + "/" + date;
  }

  private static Document toDocument(PickedQuestions p) {
    List<Document> questions =
        p.questions().stream()
            .map(q -> new Document("id", q.id().value()).append("text", q.text()))
            .toList();
    return new Document("_id", id(p.orgId(), p.oneOnOneId(), p.date()))
        .append("orgId", p.orgId().value())
        .append("oneOnOneId", p.oneOnOneId().value())
        .append("date", p.date().toString())
        .append("questions", questions)
        .append("pickedAt", Date.from(p.pickedAt()));
  }

  private static PickedQuestions toPicked(Document d) {
    return new PickedQuestions(
        new OrgId(d.getString("orgId")),
        new OneOnOneId(d.getString("oneOnOneId")),
        LocalDate.parse(d.getString("date")),
        d.getList("questions", Document.class).stream()
            .map(q -> new PickedQuestion(new QuestionId(q.getString("id")), q.getString("text")))
            .toList(),
        d.getDate("pickedAt").toInstant());
  }
}
