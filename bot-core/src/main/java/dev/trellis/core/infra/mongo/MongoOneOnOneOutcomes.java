package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.oneonone.OneOnOneOutcome;
import dev.trellis.core.oneonone.OneOnOneOutcomes;
import dev.trellis.core.oneonone.Outcome;
import dev.trellis.core.oneonone.OutcomeCounts;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Outcomes in {@code one_on_one_outcomes}, keyed {@code <org>/<1:1>/<date>/<person>}: recording is
 * one insert that the unique {@code _id} refuses for a second press, on any server. The counts for
 * HR are one aggregation over the org's dates (an index range on MongoDB; the embedded server
 * scans, which is fine for a report).
 */
public final class MongoOneOnOneOutcomes implements OneOnOneOutcomes {

  private final MongoCollection<Document> outcomes;

  public MongoOneOnOneOutcomes(MongoDatabase db) {
    this.outcomes = db.getCollection(MongoSchema.ONE_ON_ONE_OUTCOMES);
  }

  @Override
  public boolean recordFirst(OneOnOneOutcome o) {
    return DuplicateKeys.writtenUnlessDuplicate(
        () ->
            outcomes.insertOne(
                new Document("_id", id(o.orgId(), o.oneOnOneId(), o.date(), o.personId()))
                    .append("orgId", o.orgId().value())
                    .append("oneOnOneId", o.oneOnOneId().value())
                    .append("date", o.date().toString())
                    .append("personId", o.personId().value())
                    .append("outcome", o.outcome().name())
                    .append("recordedAt", Date.from(o.recordedAt()))));
  }

  @Override
  public Optional<OneOnOneOutcome> find(
      OrgId orgId, OneOnOneId oneOnOneId, LocalDate date, PersonId personId) {
    Document d = outcomes.find(new Document("_id", id(orgId, oneOnOneId, date, personId))).first();
    return Optional.ofNullable(d)
        .filter(found -> orgId.value().equals(found.getString("orgId")))
        .map(
            found ->
                new OneOnOneOutcome(
                    orgId,
                    oneOnOneId,
                    date,
                    personId,
                    Outcome.valueOf(found.getString("outcome")),
                    found.getDate("recordedAt").toInstant()));
  }

  @Override
  public OutcomeCounts countBetween(OrgId orgId, LocalDate from, LocalDate to) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    if (to.isBefore(from)) {
      return new OutcomeCounts(counts);
    }
    List<Document> pipeline =
        List.of(
            new Document(
                "$match",
                new Document("orgId", orgId.value())
                    .append(
                        "date",
                        new Document("$gte", from.toString()).append("$lte", to.toString()))),
            new Document(
                "$group",
                new Document("_id", "$outcome").append("count", new Document("$sum", 1))));
    for (Document group : outcomes.aggregate(pipeline)) {
      counts.put(Outcome.valueOf(group.getString("_id")), ((Number) group.get("count")).intValue());
    }
    return new OutcomeCounts(counts);
  }

  @Override
  public void eraseOf(Erasure erasure) {
    for (Document d : ErasedDocuments.naming(outcomes, "orgId", erasure)) {
      ErasedDocuments.anonymize(outcomes, d, erasure);
    }
  }

  @Override
  public List<OneOnOneOutcome> recordedBy(OrgId orgId, PersonId personId) {
    List<OneOnOneOutcome> found = new ArrayList<>();
    for (Document d :
        outcomes
            .find(new Document("orgId", orgId.value()).append("personId", personId.value()))
            .sort(new Document("recordedAt", 1))) {
      found.add(
          new OneOnOneOutcome(
              orgId,
              new OneOnOneId(d.getString("oneOnOneId")),
              LocalDate.parse(d.getString("date")),
              personId,
              Outcome.valueOf(d.getString("outcome")),
              d.getDate("recordedAt").toInstant()));
    }
    return found;
  }

  @Override
  public void eachBetween(
      OrgId orgId, LocalDate from, LocalDate to, Consumer<OneOnOneOutcome> each) {
    Document filter =
        new Document("orgId", orgId.value())
            .append("date", new Document("$gte", from.toString()).append("$lte", to.toString()));
    for (Document d : outcomes.find(filter).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(
          new OneOnOneOutcome(
              orgId,
              new OneOnOneId(d.getString("oneOnOneId")),
              LocalDate.parse(d.getString("date")),
              new PersonId(d.getString("personId")),
              Outcome.valueOf(d.getString("outcome")),
              d.getDate("recordedAt").toInstant()));
    }
  }

  private static String id(OrgId orgId, OneOnOneId oneOnOneId, LocalDate date, PersonId person) {
    return orgId.value() + "/" + oneOnOneId.value() + "/" + date + "/" + person.value();
  }
}
