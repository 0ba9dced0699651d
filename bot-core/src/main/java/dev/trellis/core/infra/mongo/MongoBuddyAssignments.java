package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.MeetupId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Each person's buddy meetups in {@code buddy_people} ({@code _id} = org/person): {@code current}
 * holds, per cohort id, the latest round and the meetup in it (null when left out); {@code recent}
 * the last meetup ids, oldest first.
 */
public final class MongoBuddyAssignments implements BuddyAssignments {

  static final int RECENT_KEPT = 24;
  private static final int WRITE_CHUNK = 1000;

  private final MongoCollection<Document> people;

  public MongoBuddyAssignments(MongoDatabase db) {
    this.people = db.getCollection(MongoSchema.BUDDY_PEOPLE);
  }

  @Override
  public void assign(
      OrgId orgId, CohortId cohortId, int round, Instant startedAt, List<Assignment> assignments) {
    List<WriteModel<Document>> writes = new ArrayList<>();
    for (Assignment a : assignments) {
      Document current =
          new Document("round", round)
              .append("startedAt", Date.from(startedAt))
              .append("meetup", a.meetup().map(MeetupId::value).orElse(null));
      Document update =
          new Document(
              "$set",
              new Document("orgId", orgId.value())
                  .append("personId", a.personId().value())
                  .append("current." + cohortId.value(), current));
      a.meetup()
          .ifPresent(
              m ->
                  update.append(
                      "$push",
                      new Document(
                          "recent",
                          new Document("$each", List.of(m.value()))
                              .append("$slice", -RECENT_KEPT))));
      // Once per round: a repeated assignment (a start finished after a restart) matches nothing,
      // and its upsert then fails as a duplicate, which is ignored.
      Document notYet =
          new Document("_id", key(orgId, a.personId()))
              .append(
                  "current." + cohortId.value() + ".round",
                  new Document("$not", new Document("$gte", round)));
      writes.add(new UpdateOneModel<>(notYet, update, new UpdateOptions().upsert(true)));
      if (writes.size() == WRITE_CHUNK) {
        write(writes);
        writes.clear();
      }
    }
    if (!writes.isEmpty()) {
      write(writes);
    }
  }

  private void write(List<WriteModel<Document>> writes) {
    try {
      people.bulkWrite(writes, new BulkWriteOptions().ordered(false));
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

  @Override
  public List<Current> current(OrgId orgId, PersonId personId) {
    Document doc = people.find(new Document("_id", key(orgId, personId))).first();
    if (doc == null) {
      return List.of();
    }
    Document current = doc.get("current", Document.class);
    if (current == null) {
      return List.of();
    }
    List<Current> entries = new ArrayList<>();
    for (String cohort : current.keySet()) {
      Document entry = current.get(cohort, Document.class);
      Optional.ofNullable(entry.getString("meetup"))
          .flatMap(MeetupId::parse)
          .ifPresent(id -> entries.add(new Current(id, entry.getDate("startedAt").toInstant())));
    }
    entries.sort(Comparator.comparing(Current::roundStartedAt).reversed());
    return entries;
  }

  @Override
  public List<MeetupId> recent(OrgId orgId, PersonId personId, int max) {
    Document doc = people.find(new Document("_id", key(orgId, personId))).first();
    if (doc == null) {
      return List.of();
    }
    List<String> stored = new ArrayList<>(doc.getList("recent", String.class, List.of()));
    // A round recorded twice (a retried start) appears once.
    List<String> newestFirst = new ArrayList<>(new LinkedHashSet<>(reversed(stored)));
    return newestFirst.stream().limit(max).map(MeetupId::parse).flatMap(Optional::stream).toList();
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static String key(OrgId orgId, PersonId personId) {
    return orgId.value() + "/" + personId.value();
  }

  @Override
  public void eraseOf(Erasure erasure) {
    String person = erasure.personId().value();
    ErasedDocuments.eraseFrom(
        people, "orgId", erasure, d -> person.equals(d.getString("personId")));
  }
}
