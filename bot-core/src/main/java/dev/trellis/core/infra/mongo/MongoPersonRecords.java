package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.Person;
import dev.trellis.core.erasure.PersonRecords;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.message.Recipient;
import dev.trellis.core.privacy.TextCipher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Trellis's own records of a person in MongoDB. The queues' bodies are encrypted, so waiting
 * messages and inbound requests are opened to find the ones naming the person; a group message they
 * are part of (but not first, whose id the message is sealed to) is sealed again without them,
 * their name written out of it.
 */
public final class MongoPersonRecords implements PersonRecords {

  /** What a group message says instead of an erased member's name. */
  static final String NAME_IN_PLACE = "a former member";

  /** Collections whose documents naming the person are deleted outright. */
  private static final List<String> DELETED_WHEN_NAMING =
      List.of(
          MongoSchema.PERSON_IDENTITIES,
          MongoSchema.STEPS,
          MongoSchema.STEPS_DONE,
          MongoSchema.CONVERSATIONS,
          MongoSchema.LAST_USED_PLATFORMS,
          MongoSchema.UNREACHABLE_RECIPIENTS,
          MongoSchema.NUDGE_DAYS,
          MongoSchema.PROMPTED_QUESTIONS,
          MongoSchema.OUTBOX_SENT,
          MongoSchema.OUTBOX_DEAD,
          MongoSchema.INBOX_DONE);

  private final MongoDatabase db;
  private final SealedTexts outboxTexts;
  private final SealedTexts inboxTexts;

  public MongoPersonRecords(MongoDatabase db, TextCipher cipher) {
    this.db = db;
    this.outboxTexts = new SealedTexts(cipher, MongoSchema.OUTBOX);
    this.inboxTexts = new SealedTexts(cipher, MongoSchema.INBOX);
  }

  @Override
  public Set<String> collections() {
    Set<String> all = new java.util.HashSet<>(DELETED_WHEN_NAMING);
    all.addAll(List.of(MongoSchema.PEOPLE, MongoSchema.OUTBOX, MongoSchema.INBOX));
    return all;
  }

  @Override
  public void erase(Erasure erasure, Person person) {
    PersonTraces traces = PersonTraces.of(person);
    MongoCollection<Document> people = db.getCollection(MongoSchema.PEOPLE);
    people.deleteOne(new Document("_id", person.id().value()));
    people.updateMany(
        new Document("orgId", erasure.orgId().value()).append("managerId", person.id().value()),
        new Document("$unset", new Document("managerId", "")));
    for (String collection : DELETED_WHEN_NAMING) {
      deleteNaming(db.getCollection(collection), erasure, traces);
    }
    forgetInOutbox(erasure, traces);
    forgetInDeadLetters(erasure, traces);
    forgetInInbox(traces);
  }

  private static void deleteNaming(
      MongoCollection<Document> collection, Erasure erasure, PersonTraces traces) {
    List<Object> ids = new ArrayList<>();
    for (Document d : collection.find()) {
      if (inOrg(d, erasure) && traces.foundIn(d)) {
        ids.add(d.get("_id"));
      }
    }
    if (!ids.isEmpty()) {
      collection.deleteMany(new Document("_id", new Document("$in", ids)));
    }
  }

  /** Documents with no org (an inbound request's key, a done step) are checked in every org. */
  private static boolean inOrg(Document d, Erasure erasure) {
    String org = d.getString("orgId");
    return org == null || org.equals(erasure.orgId().value());
  }

  private void forgetInOutbox(Erasure erasure, PersonTraces traces) {
    MongoCollection<Document> outbox = db.getCollection(MongoSchema.OUTBOX);
    for (Document d : outbox.find(new Document("orgId", erasure.orgId().value()))) {
      Document recipient = d.get("recipient", Document.class);
      Optional<Document> message = openMessage(d);
      boolean toThem = erasure.personId().value().equals(recipient.getString("personId"));
      Optional<String> withoutThem = groupWithout(recipient.getString("address"), traces);
      if (!toThem && withoutThem.isPresent() && message.isPresent()) {
        Document redacted = (Document) traces.writtenOut(message.get(), NAME_IN_PLACE);
        recipient.put("address", withoutThem.get());
        d.put(
            "message",
            outboxTexts.seal(
                d.getString("_id"),
                "message",
                recipient.getString("personId"),
                SealedDocuments.toText(redacted)));
        outbox.replaceOne(new Document("_id", d.get("_id")), d);
      } else if (toThem
          || withoutThem.isPresent()
          || traces.foundIn(d)
          || message.filter(traces::foundInText).isPresent()) {
        outbox.deleteOne(new Document("_id", d.get("_id")));
      }
    }
  }

  /** A dead letter keeps its sealed message for a retry: one naming the person is deleted. */
  private void forgetInDeadLetters(Erasure erasure, PersonTraces traces) {
    MongoCollection<Document> dead = db.getCollection(MongoSchema.OUTBOX_DEAD);
    for (Document d :
        dead.find(
            new Document("orgId", erasure.orgId().value())
                .append("message", new Document("$exists", true)))) {
      String address = d.get("recipient", Document.class).getString("address");
      if (groupWithout(address, traces).isPresent()
          || openMessage(d).filter(traces::foundInText).isPresent()) {
        dead.deleteOne(new Document("_id", d.get("_id")));
      }
    }
  }

  /** A group address without the person's; empty when the address is not a group with them. */
  private static Optional<String> groupWithout(String address, PersonTraces traces) {
    if (!address.startsWith(Recipient.GROUP_PREFIX)) {
      return Optional.empty();
    }
    List<String> members =
        new ArrayList<>(List.of(address.substring(Recipient.GROUP_PREFIX.length()).split(",")));
    if (!members.removeIf(traces::isPlatformId)) {
      return Optional.empty();
    }
    return Optional.of(
        members.size() == 1 ? members.get(0) : Recipient.GROUP_PREFIX + String.join(",", members));
  }

  private Optional<Document> openMessage(Document d) {
    Object stored = d.get("message");
    if (stored instanceof Document plain) {
      return Optional.of(plain);
    }
    String owner = d.get("recipient", Document.class).getString("personId");
    return outboxTexts
        .tryOpen(d.getString("_id"), "message", owner, (String) stored)
        .map(SealedDocuments::fromText);
  }

  /** Inbound requests from the person, or carrying their ids, are dropped unhandled. */
  private void forgetInInbox(PersonTraces traces) {
    MongoCollection<Document> inbox = db.getCollection(MongoSchema.INBOX);
    for (Document d : inbox.find()) {
      String key = d.getString("_id");
      String platform = d.getString("platform");
      boolean naming =
          openInbound(key, platform, "payload", d).filter(traces::foundInText).isPresent()
              || openInbound(key, platform, "answer", d).filter(traces::foundInText).isPresent();
      if (naming) {
        inbox.deleteOne(new Document("_id", key));
      }
    }
  }

  private Optional<String> openInbound(String key, String platform, String field, Document d) {
    return Optional.ofNullable(d.getString(field))
        .flatMap(stored -> inboxTexts.tryOpen(key, field, platform, stored));
  }
}
