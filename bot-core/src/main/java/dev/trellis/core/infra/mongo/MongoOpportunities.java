package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.opportunity.Opportunities;
import dev.trellis.core.opportunity.Opportunity;
import dev.trellis.core.opportunity.OpportunityDraft;
import dev.trellis.core.opportunity.OpportunityId;
import dev.trellis.core.opportunity.OpportunityKind;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Opportunities in {@code opportunities}, keyed {@code <org>:<number>}. A new one takes the org's
 * highest number plus one; since the number is in the unique {@code _id}, of two posts at once one
 * is stored and the other takes the next number. Nothing here is personal text, so it is stored as
 * written; closing days are ISO dates, which compare as strings.
 */
public final class MongoOpportunities implements Opportunities {

  private static final int MAX_TRIES = 100;

  private final MongoCollection<Document> opportunities;

  public MongoOpportunities(MongoDatabase db) {
    this.opportunities = db.getCollection(MongoSchema.OPPORTUNITIES);
  }

  @Override
  public Opportunity post(OrgId orgId, OpportunityDraft draft, Instant at) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      Opportunity posted = Opportunity.posted(orgId, lastNumber(orgId) + 1, draft, at);
      try {
        opportunities.insertOne(toDocument(posted));
        return posted;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("No free opportunity number after " + MAX_TRIES + " tries");
  }

  private int lastNumber(OrgId orgId) {
    Document last =
        opportunities
            .find(new Document("orgId", orgId.value()))
            .projection(new Document("number", 1))
            .sort(Sorts.descending("number"))
            .first();
    return last == null ? 0 : last.getInteger("number");
  }

  @Override
  public void save(Opportunity opportunity) {
    opportunities.replaceOne(
        new Document("_id", opportunity.id().value()),
        toDocument(opportunity),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<Opportunity> findByNumber(OrgId orgId, int number) {
    return Optional.ofNullable(
            opportunities
                .find(new Document("_id", OpportunityId.of(orgId, number).value()))
                .first())
        .filter(d -> orgId.value().equals(d.getString("orgId")))
        .map(MongoOpportunities::toOpportunity);
  }

  @Override
  public List<Opportunity> openOn(OrgId orgId, LocalDate today) {
    return found(
        Filters.and(
            Filters.eq("orgId", orgId.value()),
            Filters.eq("status", Opportunity.Status.OPEN.name()),
            Filters.gte("closesOn", today.toString())));
  }

  @Override
  public List<Opportunity> all(OrgId orgId) {
    return found(Filters.eq("orgId", orgId.value()));
  }

  private List<Opportunity> found(Bson filter) {
    List<Opportunity> found = new ArrayList<>();
    for (Document d : opportunities.find(filter).sort(Sorts.ascending("number"))) {
      found.add(toOpportunity(d));
    }
    return found;
  }

  private static Document toDocument(Opportunity o) {
    OpportunityDraft p = o.posting();
    Document doc =
        new Document("_id", o.id().value())
            .append("orgId", o.orgId().value())
            .append("number", o.number())
            .append("postedBy", p.postedBy().value())
            .append("title", p.title())
            .append("kind", p.kind().name())
            .append("skills", p.skills())
            .append("closesOn", p.closesOn().toString())
            .append("status", o.status().name())
            .append("postedAt", Date.from(o.postedAt()));
    p.team().ifPresent(t -> doc.append("team", t));
    p.timeNeeded().ifPresent(t -> doc.append("timeNeeded", t));
    o.ended()
        .ifPresent(
            e -> {
              Document ended =
                  new Document("at", Date.from(e.at()))
                      .append("fromAnotherTeam", e.fromAnotherTeam());
              e.filledBy().ifPresent(by -> ended.append("filledBy", by.value()));
              doc.append("ended", ended);
            });
    return doc;
  }

  private static Opportunity toOpportunity(Document d) {
    OpportunityDraft posting =
        new OpportunityDraft(
            new PersonId(d.getString("postedBy")),
            d.getString("title"),
            OpportunityKind.valueOf(d.getString("kind")),
            Optional.ofNullable(d.getString("team")),
            d.getList("skills", String.class, List.of()),
            Optional.ofNullable(d.getString("timeNeeded")),
            LocalDate.parse(d.getString("closesOn")));
    Optional<Opportunity.Ending> ended =
        Optional.ofNullable(d.get("ended", Document.class))
            .map(
                e ->
                    new Opportunity.Ending(
                        e.getDate("at").toInstant(),
                        Optional.ofNullable(e.getString("filledBy")).map(PersonId::new),
                        e.getBoolean("fromAnotherTeam", false)));
    return new Opportunity(
        new OpportunityId(d.getString("_id")),
        new OrgId(d.getString("orgId")),
        d.getInteger("number"),
        posting,
        Opportunity.Status.valueOf(d.getString("status")),
        ended,
        d.getDate("postedAt").toInstant());
  }
}
