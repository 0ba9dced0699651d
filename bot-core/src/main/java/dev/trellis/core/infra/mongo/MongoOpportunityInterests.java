package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.opportunity.OpportunityId;
import dev.trellis.core.opportunity.OpportunityInterest;
import dev.trellis.core.opportunity.OpportunityInterests;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Interests in {@code opportunity_interests}, keyed {@code <opportunity id>/<person id>}, so a
 * second press of the same button finds the first. Ids, a goal number and dates only: no text a
 * person wrote, so nothing here needs sealing.
 */
public final class MongoOpportunityInterests implements OpportunityInterests {

  private final MongoCollection<Document> interests;

  public MongoOpportunityInterests(MongoDatabase db) {
    this.interests = db.getCollection(MongoSchema.OPPORTUNITY_INTERESTS);
  }

  @Override
  public boolean add(OpportunityInterest interest) {
    try {
      interests.insertOne(toDocument(interest));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return false;
    }
  }

  @Override
  public void save(OpportunityInterest interest) {
    interests.replaceOne(
        new Document("_id", interest.id()),
        toDocument(interest),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<OpportunityInterest> find(
      OrgId orgId, OpportunityId opportunity, PersonId person) {
    return Optional.ofNullable(
            interests
                .find(new Document("_id", OpportunityInterest.idOf(opportunity, person)))
                .first())
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(MongoOpportunityInterests::toInterest);
  }

  @Override
  public List<OpportunityInterest> in(OrgId orgId, OpportunityId opportunity) {
    return found(
        Filters.and(
            Filters.eq("orgId", orgId.value()), Filters.eq("opportunityId", opportunity.value())));
  }

  @Override
  public List<OpportunityInterest> of(OrgId orgId, PersonId person) {
    return found(
        Filters.and(Filters.eq("orgId", orgId.value()), Filters.eq("personId", person.value())));
  }

  @Override
  public long countShown(OrgId orgId, Instant from, Instant to) {
    return interests.countDocuments(
        Filters.and(
            Filters.eq("orgId", orgId.value()),
            Filters.gte("at", Date.from(from)),
            Filters.lt("at", Date.from(to))));
  }

  @Override
  public void eachShownBetween(
      OrgId orgId, Instant from, Instant to, Consumer<OpportunityInterest> each) {
    Bson query =
        Filters.and(
            Filters.eq("orgId", orgId.value()),
            Filters.gte("at", Date.from(from)),
            Filters.lt("at", Date.from(to)));
    for (Document d : interests.find(query).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(toInterest(d));
    }
  }

  @Override
  public void eraseOf(Erasure erasure) {
    ErasedDocuments.eraseFrom(interests, "orgId", erasure, d -> false);
  }

  private List<OpportunityInterest> found(Bson filter) {
    List<OpportunityInterest> found = new ArrayList<>();
    for (Document d : interests.find(filter).sort(Sorts.ascending("at"))) {
      found.add(toInterest(d));
    }
    return found;
  }

  private static Document toDocument(OpportunityInterest i) {
    Document doc =
        new Document("_id", i.id())
            .append("orgId", i.orgId().value())
            .append("opportunityId", i.opportunityId().value())
            .append("personId", i.personId().value())
            .append("at", Date.from(i.at()));
    i.goalShown().ifPresent(g -> doc.append("goalShown", g));
    i.toldManager().ifPresent(m -> doc.append("toldManager", m.value()));
    return doc;
  }

  private static OpportunityInterest toInterest(Document d) {
    Integer goal = d.getInteger("goalShown");
    return new OpportunityInterest(
        new OrgId(d.getString("orgId")),
        new OpportunityId(d.getString("opportunityId")),
        new PersonId(d.getString("personId")),
        goal == null ? OptionalInt.empty() : OptionalInt.of(goal),
        Optional.ofNullable(d.getString("toldManager")).map(PersonId::new),
        d.getDate("at").toInstant());
  }
}
