package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.feedback.Feedback;
import dev.trellis.core.feedback.FeedbackAnswer;
import dev.trellis.core.feedback.FeedbackId;
import dev.trellis.core.feedback.FeedbackRecords;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Feedback in {@code feedback}, one document per request or unasked feedback. The topic and both
 * parts of the answer are sealed to their document, field and receiver (the owner of the answer);
 * nothing a person wrote is stored in the clear.
 */
public final class MongoFeedbackRecords implements FeedbackRecords {

  /** The collection; the feature declares its indexes. */
  public static final String COLLECTION = "feedback";

  /** Since when each person is watched for the ask suggestion; the feature declares its index. */
  public static final String WATCH = "feedback_watch";

  private static final String WENT_WELL = "wentWell";
  private static final String TRY_DIFFERENTLY = "tryDifferently";

  private final MongoCollection<Document> feedback;
  private final MongoCollection<Document> watch;
  private final SealedTexts texts;

  public MongoFeedbackRecords(MongoDatabase db, TextCipher cipher) {
    this.feedback = db.getCollection(COLLECTION);
    this.watch = db.getCollection(WATCH);
    this.texts = new SealedTexts(cipher, COLLECTION);
  }

  @Override
  public void insertAll(List<Feedback> items) {
    if (!items.isEmpty()) {
      feedback.insertMany(items.stream().map(this::toDocument).toList());
    }
  }

  @Override
  public Optional<Feedback> find(OrgId orgId, FeedbackId id) {
    return Optional.ofNullable(
            feedback.find(new Document("_id", id.value()).append("orgId", orgId.value())).first())
        .map(this::toFeedback);
  }

  @Override
  public boolean close(OrgId orgId, FeedbackId id, Optional<FeedbackAnswer> answer, Instant at) {
    Document filter =
        new Document("_id", id.value())
            .append("orgId", orgId.value())
            .append("state", Feedback.State.OPEN.name())
            .append("createdAt", new Document("$gt", Date.from(at.minus(Feedback.OPEN_FOR))));
    Document found = feedback.find(filter).first();
    if (found == null) {
      return false;
    }
    String receiver = found.getString("receiverId");
    Document set =
        new Document(
                "state",
                (answer.isPresent() ? Feedback.State.ANSWERED : Feedback.State.DECLINED).name())
            .append("closedAt", Date.from(at));
    answer.ifPresent(a -> appendAnswer(set, id.value(), receiver, a));
    return feedback.updateOne(filter, new Document("$set", set)).getModifiedCount() == 1;
  }

  @Override
  public void saveShares(Feedback item) {
    feedback.updateOne(
        new Document("_id", item.id().value()).append("orgId", item.orgId().value()),
        new Document("$set", new Document("shares", shares(item))));
  }

  @Override
  public void eachAskedBetween(OrgId orgId, Instant from, Instant to, Consumer<Asked> each) {
    Document query =
        org(orgId)
            .append("asked", true)
            .append(
                "createdAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
    Document fields = new Document("receiverId", 1).append("createdAt", 1).append("state", 1);
    for (Document d : feedback.find(query).projection(fields).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(
          new Asked(
              new PersonId(d.getString("receiverId")),
              d.getDate("createdAt").toInstant(),
              Feedback.State.valueOf(d.getString("state"))));
    }
  }

  @Override
  public List<Feedback> waitingFor(OrgId orgId, PersonId giver, Instant now, int limit) {
    Document filter =
        org(orgId)
            .append("giverId", giver.value())
            .append("state", Feedback.State.OPEN.name())
            .append("createdAt", new Document("$gt", Date.from(now.minus(Feedback.OPEN_FOR))));
    return list(filter, Sorts.ascending("createdAt"), limit);
  }

  @Override
  public List<Feedback> receivedBy(OrgId orgId, PersonId receiver, int limit) {
    return list(answered(orgId).append("receiverId", receiver.value()), newest(), limit);
  }

  @Override
  public List<Feedback> givenBy(OrgId orgId, PersonId giver, int limit) {
    return list(answered(orgId).append("giverId", giver.value()), newest(), limit);
  }

  @Override
  public List<Feedback> sharedWith(OrgId orgId, PersonId receiver, PersonId with, Instant since) {
    Document share =
        new Document("with", with.value()).append("at", new Document("$gte", Date.from(since)));
    Document filter =
        answered(orgId)
            .append("receiverId", receiver.value())
            .append("shares", new Document("$elemMatch", share));
    List<Feedback> found = new ArrayList<>(list(filter, newest(), 0));
    found.sort(Comparator.comparing(f -> f.sharedAt(with).orElseThrow()));
    return found;
  }

  @Override
  public long countAskedBy(OrgId orgId, PersonId receiver, Instant since) {
    return feedback.countDocuments(asked(orgId, since).append("receiverId", receiver.value()));
  }

  @Override
  public long countAskedOf(OrgId orgId, PersonId giver, Instant since) {
    return feedback.countDocuments(asked(orgId, since).append("giverId", giver.value()));
  }

  @Override
  public Optional<Instant> lastGiven(OrgId orgId, PersonId giver, PersonId receiver) {
    Document filter =
        answered(orgId).append("giverId", giver.value()).append("receiverId", receiver.value());
    return Optional.ofNullable(
            feedback
                .find(filter)
                .sort(Sorts.descending("closedAt"))
                .projection(new Document("closedAt", 1))
                .first())
        .map(d -> d.getDate("closedAt").toInstant());
  }

  @Override
  public Set<PersonId> askedSince(OrgId orgId, Instant since) {
    Set<PersonId> askers = new HashSet<>();
    for (Document d :
        feedback.find(asked(orgId, since)).projection(new Document("receiverId", 1))) {
      askers.add(new PersonId(d.getString("receiverId")));
    }
    return askers;
  }

  @Override
  public Map<PersonId, Instant> watchedSince(
      OrgId orgId, Collection<PersonId> people, Instant now) {
    Map<PersonId, Instant> since = new HashMap<>();
    for (Document d : watch.find(org(orgId))) {
      since.put(new PersonId(d.getString("personId")), d.getDate("since").toInstant());
    }
    for (PersonId person : people) {
      if (!since.containsKey(person)) {
        String id = orgId.value() + "/" + person.value();
        watch.updateOne(
            new Document("_id", id),
            new Document(
                "$setOnInsert",
                org(orgId).append("personId", person.value()).append("since", Date.from(now))),
            new UpdateOptions().upsert(true));
        since.put(person, now);
      }
    }
    return since;
  }

  @Override
  public void eraseOf(Erasure erasure) {
    String person = erasure.personId().value();
    watch.deleteOne(new Document("_id", erasure.orgId().value() + "/" + person));
    for (Document d : ErasedDocuments.naming(feedback, "orgId", erasure)) {
      if (person.equals(d.getString("receiverId"))) {
        d.put("receiverId", erasure.anonymousId().value());
        forget(d);
      } else if (person.equals(d.getString("giverId"))) {
        forgetAnswer(d);
      }
      ErasedDocuments.anonymize(feedback, d, erasure);
    }
  }

  @Override
  public void forgetTextsBefore(OrgId orgId, Instant cutoff) {
    Document filter =
        org(orgId)
            .append("createdAt", new Document("$lt", Date.from(cutoff)))
            .append(SealedTexts.FORGOTTEN_AT, new Document("$exists", false));
    for (Document d : feedback.find(filter)) {
      forget(d);
      feedback.replaceOne(new Document("_id", d.get("_id")), d);
    }
  }

  /** The topic and the answer in their places, sealed to the document's (perhaps new) receiver. */
  private void forget(Document d) {
    if (d.containsKey("topic")) {
      d.put("topic", sealedForgotten(d, "topic"));
    }
    forgetAnswer(d);
    d.put(SealedTexts.FORGOTTEN_AT, true);
  }

  /** An answer keeps one part, so it still reads as answered. */
  private void forgetAnswer(Document d) {
    if (d.containsKey(WENT_WELL) || d.containsKey(TRY_DIFFERENTLY)) {
      d.put(WENT_WELL, sealedForgotten(d, WENT_WELL));
      d.remove(TRY_DIFFERENTLY);
    }
  }

  private String sealedForgotten(Document d, String field) {
    return texts.seal(d.getString("_id"), field, d.getString("receiverId"), SealedTexts.FORGOTTEN);
  }

  @Override
  public List<Feedback> involving(OrgId orgId, PersonId personId) {
    Document filter =
        org(orgId)
            .append(
                "$or",
                List.of(
                    new Document("receiverId", personId.value()),
                    new Document("giverId", personId.value())));
    return list(filter, new Document("createdAt", 1), 0);
  }

  private List<Feedback> list(Bson filter, Bson sort, int limit) {
    List<Feedback> found = new ArrayList<>();
    for (Document d : feedback.find(filter).sort(sort).limit(limit)) {
      found.add(toFeedback(d));
    }
    return found;
  }

  private static Document org(OrgId orgId) {
    return new Document("orgId", orgId.value());
  }

  private static Document answered(OrgId orgId) {
    return org(orgId).append("state", Feedback.State.ANSWERED.name());
  }

  private static Document asked(OrgId orgId, Instant since) {
    return org(orgId)
        .append("asked", true)
        .append("createdAt", new Document("$gte", Date.from(since)));
  }

  private static Bson newest() {
    return Sorts.descending("closedAt", "createdAt");
  }

  private Document toDocument(Feedback f) {
    String id = f.id().value();
    String owner = f.receiverId().value();
    Document doc =
        new Document("_id", id)
            .append("orgId", f.orgId().value())
            .append("receiverId", owner)
            .append("giverId", f.giverId().value())
            .append("asked", f.asked())
            .append("createdAt", Date.from(f.createdAt()))
            .append("state", f.state().name())
            .append("shares", shares(f));
    f.topic().ifPresent(t -> doc.append("topic", texts.seal(id, "topic", owner, t)));
    f.answer().ifPresent(a -> appendAnswer(doc, id, owner, a));
    f.closedAt().ifPresent(t -> doc.append("closedAt", Date.from(t)));
    return doc;
  }

  private void appendAnswer(Document doc, String id, String owner, FeedbackAnswer answer) {
    answer.wentWell().ifPresent(t -> doc.append(WENT_WELL, texts.seal(id, WENT_WELL, owner, t)));
    answer
        .tryDifferently()
        .ifPresent(t -> doc.append(TRY_DIFFERENTLY, texts.seal(id, TRY_DIFFERENTLY, owner, t)));
  }

  private static List<Document> shares(Feedback f) {
    return f.shares().stream()
        .map(s -> new Document("with", s.with().value()).append("at", Date.from(s.at())))
        .toList();
  }

  private Feedback toFeedback(Document d) {
    Feedback.State state = Feedback.State.valueOf(d.getString("state"));
    Optional<FeedbackAnswer> answer =
        state == Feedback.State.ANSWERED
            ? Optional.of(new FeedbackAnswer(opened(d, WENT_WELL), opened(d, TRY_DIFFERENTLY)))
            : Optional.empty();
    return new Feedback(
        new FeedbackId(d.getString("_id")),
        new OrgId(d.getString("orgId")),
        new PersonId(d.getString("receiverId")),
        new PersonId(d.getString("giverId")),
        opened(d, "topic"),
        d.getBoolean("asked", false),
        d.getDate("createdAt").toInstant(),
        state,
        answer,
        Optional.ofNullable(d.getDate("closedAt")).map(Date::toInstant),
        d.getList("shares", Document.class, List.of()).stream()
            .map(
                s ->
                    new Feedback.Shared(
                        new PersonId(s.getString("with")), s.getDate("at").toInstant()))
            .toList());
  }

  /** An encrypted field, opened at its place; empty when the document has none. */
  private Optional<String> opened(Document d, String field) {
    return Optional.ofNullable(d.getString(field))
        .map(s -> texts.open(d.getString("_id"), field, d.getString("receiverId"), s));
  }
}
