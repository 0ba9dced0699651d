package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.devtime.DevTimeEntries;
import dev.trellis.core.devtime.DevTimeEntry;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.privacy.TextCipher;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * Development time entries in {@code devtime_entries}, one document per entry, with its month
 * ({@code 2026-12}) for the admins' aggregates. What the person did is stored encrypted, bound to
 * its entry, field and owner.
 */
public final class MongoDevTimeEntries implements DevTimeEntries {

  private final MongoCollection<Document> entries;
  private final SealedTexts texts;

  public MongoDevTimeEntries(MongoDatabase db, TextCipher cipher) {
    this.entries = db.getCollection(MongoSchema.DEVTIME_ENTRIES);
    this.texts = new SealedTexts(cipher, MongoSchema.DEVTIME_ENTRIES);
  }

  @Override
  public void add(DevTimeEntry e) {
    String owner = e.personId().value();
    Document doc =
        new Document("_id", e.id())
            .append("orgId", e.orgId().value())
            .append("personId", owner)
            .append("day", e.day().toString())
            .append("month", e.month().toString())
            .append("minutes", e.minutes())
            .append("what", texts.seal(e.id(), "what", owner, e.what()))
            .append("loggedAt", Date.from(e.loggedAt()));
    e.goal().ifPresent(g -> doc.append("goal", g));
    entries.insertOne(doc);
  }

  @Override
  public List<DevTimeEntry> ofPerson(OrgId orgId, PersonId personId, YearMonth from, YearMonth to) {
    Document filter =
        person(orgId, personId)
            .append(
                "day",
                new Document("$gte", from.atDay(1).toString())
                    .append("$lte", to.atEndOfMonth().toString()));
    List<DevTimeEntry> found = new ArrayList<>();
    for (Document d : entries.find(filter).sort(Sorts.ascending("day", "loggedAt"))) {
      found.add(toEntry(d));
    }
    return found;
  }

  @Override
  public void eachDayBetween(OrgId orgId, LocalDate from, LocalDate to, DayMinutes each) {
    Document filter =
        new Document("orgId", orgId.value())
            .append("day", new Document("$gte", from.toString()).append("$lte", to.toString()));
    Document fields = new Document("personId", 1).append("day", 1).append("minutes", 1);
    for (Document d : entries.find(filter).projection(fields).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(
          new PersonId(d.getString("personId")),
          LocalDate.parse(d.getString("day")),
          d.getInteger("minutes"));
    }
  }

  @Override
  public Optional<DevTimeEntry> lastLogged(OrgId orgId, PersonId personId) {
    return Optional.ofNullable(
            entries.find(person(orgId, personId)).sort(Sorts.descending("loggedAt", "_id")).first())
        .map(this::toEntry);
  }

  @Override
  public void remove(OrgId orgId, String entryId) {
    entries.deleteOne(new Document("_id", entryId).append("orgId", orgId.value()));
  }

  @Override
  public Map<PersonId, Integer> minutesByPerson(OrgId orgId, YearMonth month) {
    Map<PersonId, Integer> minutes = new HashMap<>();
    for (Document d :
        entries
            .find(new Document("orgId", orgId.value()).append("month", month.toString()))
            .projection(new Document("personId", 1).append("minutes", 1))) {
      minutes.merge(new PersonId(d.getString("personId")), d.getInteger("minutes"), Integer::sum);
    }
    return minutes;
  }

  @Override
  public void eraseOf(Erasure erasure) {
    for (Document d : entries.find(person(erasure.orgId(), erasure.personId()))) {
      Document anonymous =
          (Document)
              ErasedDocuments.replaced(
                  d, erasure.personId().value(), erasure.anonymousId().value());
      d.put(
          "what",
          texts.seal(
              anonymous.getString("_id"),
              "what",
              erasure.anonymousId().value(),
              SealedTexts.FORGOTTEN));
      ErasedDocuments.anonymize(entries, d, erasure);
    }
  }

  private static Document person(OrgId orgId, PersonId personId) {
    return new Document("orgId", orgId.value()).append("personId", personId.value());
  }

  private DevTimeEntry toEntry(Document d) {
    String id = d.getString("_id");
    String owner = d.getString("personId");
    return new DevTimeEntry(
        id,
        new OrgId(d.getString("orgId")),
        new PersonId(owner),
        LocalDate.parse(d.getString("day")),
        d.getInteger("minutes"),
        texts.open(id, "what", owner, d.getString("what")),
        Optional.ofNullable(d.getInteger("goal")),
        d.getDate("loggedAt").toInstant());
  }
}
