package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.ReflectionId;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.core.reflection.Share;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.bson.Document;

/**
 * Answers in {@code reflections}, one per prompt (its {@code _id} is the prompt's id). The answer
 * and next step are stored encrypted, each bound to its reflection and person; nothing a person
 * wrote is ever stored in the clear.
 */
public final class MongoReflections implements Reflections {

  private final MongoCollection<Document> reflections;
  private final SealedTexts texts;

  public MongoReflections(MongoDatabase db, TextCipher cipher) {
    this.reflections = db.getCollection(MongoSchema.REFLECTIONS);
    this.texts = new SealedTexts(cipher, MongoSchema.REFLECTIONS);
  }

  @Override
  public void save(Reflection r) {
    reflections.replaceOne(
        new Document("_id", r.id().value()), toDocument(r), new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<Reflection> findById(OrgId orgId, ReflectionId id) {
    return Optional.ofNullable(reflections.find(new Document("_id", id.value())).first())
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(this::toReflection);
  }

  @Override
  public Optional<Reflection> findByPrompt(OrgId orgId, PromptId promptId) {
    return findById(orgId, new ReflectionId(promptId.value()));
  }

  @Override
  public List<Reflection> history(OrgId orgId, PersonId personId, int limit) {
    List<Reflection> found = new ArrayList<>();
    Document filter = new Document("orgId", orgId.value()).append("personId", personId.value());
    for (Document d : reflections.find(filter).sort(Sorts.descending("answeredAt")).limit(limit)) {
      found.add(toReflection(d));
    }
    return found;
  }

  @Override
  public List<Reflection> sharedWith(
      OrgId orgId, PersonId personId, PersonId recipient, Instant since) {
    List<Reflection> found = new ArrayList<>();
    Document share =
        new Document("with", recipient.value())
            .append("at", new Document("$gte", Date.from(since)));
    Document filter =
        new Document("orgId", orgId.value())
            .append("personId", personId.value())
            .append("shares", new Document("$elemMatch", share));
    for (Document d : reflections.find(filter)) {
      found.add(toReflection(d));
    }
    found.sort(Comparator.comparing(r -> r.shareWith(recipient).orElseThrow().at()));
    return found;
  }

  @Override
  public void eraseOf(Erasure erasure) {
    String person = erasure.personId().value();
    for (Document d : ErasedDocuments.naming(reflections, "orgId", erasure)) {
      if (person.equals(d.getString("personId"))) {
        d.put("personId", erasure.anonymousId().value());
        forget(d);
      }
      ErasedDocuments.anonymize(reflections, d, erasure);
    }
  }

  @Override
  public void forgetTextsBefore(OrgId orgId, Instant cutoff) {
    Document filter =
        new Document("orgId", orgId.value())
            .append("answeredAt", new Document("$lt", Date.from(cutoff)))
            .append(SealedTexts.FORGOTTEN_AT, new Document("$exists", false));
    for (Document d : reflections.find(filter)) {
      forget(d);
      reflections.replaceOne(new Document("_id", d.get("_id")), d);
    }
  }

  /** The answer in its place, sealed to the document's (perhaps anonymous) writer. */
  private void forget(Document d) {
    d.put(
        "answer",
        texts.seal(d.getString("_id"), "answer", d.getString("personId"), SealedTexts.FORGOTTEN));
    d.remove("nextStep");
    d.put(SealedTexts.FORGOTTEN_AT, true);
  }

  @Override
  public void eachShareBetween(
      OrgId orgId, Instant from, Instant to, BiConsumer<PersonId, Share> each) {
    Document filter =
        new Document("orgId", orgId.value()).append("shares.0", new Document("$exists", true));
    Document fields = new Document("personId", 1).append("shares", 1);
    for (Document d :
        reflections.find(filter).projection(fields).batchSize(MongoSchema.SCAN_BATCH)) {
      PersonId owner = new PersonId(d.getString("personId"));
      for (Share share : shares(d)) {
        if (!share.at().isBefore(from) && share.at().isBefore(to)) {
          each.accept(owner, share);
        }
      }
    }
  }

  private Document toDocument(Reflection r) {
    Document doc =
        new Document("_id", r.id().value())
            .append("orgId", r.orgId().value())
            .append("personId", r.personId().value())
            .append("promptId", r.promptId().value())
            .append("kind", r.kind().name())
            .append("question", r.question())
            .append("answer", texts.seal(r.id().value(), "answer", owner(r), r.answer()))
            .append("answeredAt", Date.from(r.answeredAt()));
    r.nextStep()
        .ifPresent(
            s -> doc.append("nextStep", texts.seal(r.id().value(), "nextStep", owner(r), s)));
    r.editedAt().ifPresent(t -> doc.append("editedAt", Date.from(t)));
    if (r.isShared()) {
      doc.append("shares", r.shares().stream().map(MongoReflections::toDocument).toList());
    }
    return doc;
  }

  private Reflection toReflection(Document d) {
    return new Reflection(
        new ReflectionId(d.getString("_id")),
        new OrgId(d.getString("orgId")),
        new PersonId(d.getString("personId")),
        new PromptId(d.getString("promptId")),
        PromptKind.valueOf(d.getString("kind")),
        d.getString("question"),
        opened(d, "answer"),
        Optional.ofNullable(d.getString("nextStep")).map(s -> opened(d, "nextStep")),
        d.getDate("answeredAt").toInstant(),
        Optional.ofNullable(d.getDate("editedAt")).map(Date::toInstant),
        shares(d));
  }

  private static Document toDocument(Share share) {
    return new Document("with", share.with().value()).append("at", Date.from(share.at()));
  }

  /**
   * The people the answer was shared with. A document written before shares named their recipient
   * has only {@code sharedAt}: it is read as shared with nobody, since who its manager was then is
   * not known (the writer can share it again).
   */
  private static List<Share> shares(Document d) {
    return d.getList("shares", Document.class, List.of()).stream()
        .map(s -> new Share(new PersonId(s.getString("with")), s.getDate("at").toInstant()))
        .toList();
  }

  private static String owner(Reflection r) {
    return r.personId().value();
  }

  /**
   * An encrypted field of the document, opened at its place (the owner is the person who wrote it).
   */
  private String opened(Document d, String field) {
    return texts.open(d.getString("_id"), field, d.getString("personId"), d.getString(field));
  }
}
