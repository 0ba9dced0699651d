package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.Meetup;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.buddy.Proposal;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Meetups in {@code buddy_meetups}, one document per group of a round ({@code _id} = the meetup
 * id). Members' marks sit in {@code states}, in the order of {@code members}, so a change is one
 * {@code $set} or {@code $push} on one document; notes are encrypted there, each bound to its
 * meetup and writer, and never decrypted except for their writer.
 */
public final class MongoMeetups implements Meetups {

  private static final int INSERT_CHUNK = 1000;

  private final MongoCollection<Document> meetups;
  private final SealedTexts notes;

  public MongoMeetups(MongoDatabase db, TextCipher cipher) {
    this.meetups = db.getCollection(MongoSchema.BUDDY_MEETUPS);
    this.notes = new SealedTexts(cipher, MongoSchema.BUDDY_MEETUPS);
  }

  @Override
  public void addAll(List<Meetup> all) {
    for (int i = 0; i < all.size(); i += INSERT_CHUNK) {
      List<Document> docs =
          all.subList(i, Math.min(all.size(), i + INSERT_CHUNK)).stream()
              .map(MongoMeetups::toDocument)
              .toList();
      try {
        meetups.insertMany(docs, new InsertManyOptions().ordered(false));
      } catch (MongoBulkWriteException e) {
        boolean onlyDuplicates =
            e.getWriteErrors().stream()
                .allMatch(
                    w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
        if (!onlyDuplicates) {
          throw e;
        }
      }
    }
  }

  @Override
  public Optional<Meetup> find(MeetupId id) {
    return Optional.ofNullable(meetups.find(byId(id)).first()).map(MongoMeetups::toMeetup);
  }

  @Override
  public List<Meetup> findAll(OrgId orgId, List<MeetupId> ids) {
    List<String> keys =
        ids.stream().filter(id -> id.orgId().equals(orgId)).map(MeetupId::value).toList();
    List<Meetup> found = new ArrayList<>();
    ByIds.find(meetups, keys, doc -> found.add(toMeetup(doc)));
    return found;
  }

  @Override
  public void eachOfRounds(OrgId orgId, Set<Integer> rounds, Consumer<Meetup> each) {
    if (rounds.isEmpty()) {
      return;
    }
    Document query =
        new Document("orgId", orgId.value())
            .append("round", new Document("$in", List.copyOf(rounds)));
    for (Document doc : meetups.find(query).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(toMeetup(doc));
    }
  }

  @Override
  public void propose(MeetupId id, PersonId by, Instant at, Instant madeAt) {
    Document proposal =
        new Document("by", by.value())
            .append("at", Date.from(at))
            .append("madeAt", Date.from(madeAt))
            .append("acceptedBy", List.of());
    meetups.updateOne(byId(id), new Document("$push", new Document("proposals", proposal)));
  }

  @Override
  public void accept(Meetup meetup, int number, PersonId who) {
    meetups.updateOne(
        byId(meetup.id()),
        new Document(
            "$addToSet", new Document("proposals." + (number - 1) + ".acceptedBy", who.value())));
  }

  @Override
  public void markDone(Meetup meetup, PersonId who, Instant at) {
    set(meetup, who, "doneAt", Date.from(at));
  }

  @Override
  public void markSkipped(Meetup meetup, PersonId who) {
    set(meetup, who, "skipped", true);
  }

  @Override
  public void recordHappened(Meetup meetup, PersonId who, boolean happened) {
    set(meetup, who, "happened", happened);
  }

  @Override
  public void saveNote(Meetup meetup, PersonId who, String note) {
    set(meetup, who, "note", notes.seal(meetup.id().value(), "note", who.value(), note));
  }

  @Override
  public Optional<String> note(Meetup meetup, PersonId who) {
    Document doc = meetups.find(byId(meetup.id())).first();
    if (doc == null) {
      return Optional.empty();
    }
    List<Document> states = doc.getList("states", Document.class, List.of());
    int index = meetup.indexOf(who);
    if (index >= states.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(states.get(index).getString("note"))
        .map(stored -> notes.open(meetup.id().value(), "note", who.value(), stored));
  }

  private void set(Meetup meetup, PersonId who, String field, Object value) {
    String path = "states." + meetup.indexOf(who) + "." + field;
    meetups.updateOne(byId(meetup.id()), new Document("$set", new Document(path, value)));
  }

  private static Document byId(MeetupId id) {
    return new Document("_id", id.value());
  }

  private static Document toDocument(Meetup m) {
    List<Document> states = new ArrayList<>();
    for (Meetup.MemberState s : m.states()) {
      Document state = new Document("skipped", s.skipped());
      s.doneAt().ifPresent(d -> state.append("doneAt", Date.from(d)));
      s.happened().ifPresent(h -> state.append("happened", h));
      states.add(state);
    }
    return new Document("_id", m.id().value())
        .append("orgId", m.id().orgId().value())
        .append("cohortId", m.id().cohortId().value())
        .append("round", m.id().round())
        .append("group", m.id().group())
        .append("members", m.members().stream().map(PersonId::value).toList())
        .append("states", states)
        .append("proposals", List.of());
  }

  private static Meetup toMeetup(Document doc) {
    MeetupId id =
        new MeetupId(
            new OrgId(doc.getString("orgId")),
            new CohortId(doc.getString("cohortId")),
            doc.getInteger("round"),
            doc.getInteger("group"));
    List<PersonId> members =
        doc.getList("members", String.class).stream().map(PersonId::new).toList();
    List<Meetup.MemberState> states = new ArrayList<>();
    for (Document s : doc.getList("states", Document.class, List.of())) {
      states.add(
          new Meetup.MemberState(
              Optional.ofNullable(s.getDate("doneAt")).map(Date::toInstant),
              s.getBoolean("skipped", false),
              Optional.ofNullable(s.getBoolean("happened")),
              s.getString("note") != null));
    }
    List<Proposal> proposals = new ArrayList<>();
    List<Document> stored = doc.getList("proposals", Document.class, List.of());
    for (int i = 0; i < stored.size(); i++) {
      Document p = stored.get(i);
      proposals.add(
          new Proposal(
              i + 1,
              new PersonId(p.getString("by")),
              p.getDate("at").toInstant(),
              p.getDate("madeAt").toInstant(),
              new HashSet<>(
                  p.getList("acceptedBy", String.class, List.of()).stream()
                      .map(PersonId::new)
                      .toList())));
    }
    return new Meetup(id, members, states, proposals);
  }

  @Override
  public void eraseOf(Erasure erasure) {
    for (Document d : ErasedDocuments.naming(meetups, "orgId", erasure)) {
      int index = d.getList("members", String.class).indexOf(erasure.personId().value());
      List<Document> states = d.getList("states", Document.class, List.of());
      if (index >= 0 && index < states.size()) {
        states.get(index).remove("note");
      }
      ErasedDocuments.anonymize(meetups, d, erasure);
    }
  }

  @Override
  public void forgetNotesBefore(OrgId orgId, Instant cutoff) {
    for (Document d : meetups.find(new Document("orgId", orgId.value()))) {
      boolean forgot = false;
      for (Document state : d.getList("states", Document.class, List.of())) {
        Date doneAt = state.getDate("doneAt");
        if (state.containsKey("note") && doneAt != null && doneAt.toInstant().isBefore(cutoff)) {
          state.remove("note");
          forgot = true;
        }
      }
      if (forgot) {
        meetups.replaceOne(new Document("_id", d.get("_id")), d);
      }
    }
  }
}
