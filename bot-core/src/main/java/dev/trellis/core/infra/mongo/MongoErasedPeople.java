package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.ErasedPerson;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The anonymous stand-ins of erased people in {@code erased_people}, keyed by anonymous id. */
public final class MongoErasedPeople implements ErasedPeople {

  private final MongoCollection<Document> erased;

  public MongoErasedPeople(MongoDatabase db) {
    this.erased = db.getCollection(MongoSchema.ERASED_PEOPLE);
  }

  @Override
  public void add(ErasedPerson person) {
    Document doc =
        new Document("_id", person.anonymousId().value())
            .append("orgId", person.orgId().value())
            .append("erasedAt", Date.from(person.erasedAt()));
    person.department().ifPresent(d -> doc.append("department", d));
    person.managerId().ifPresent(m -> doc.append("managerId", m.value()));
    erased.insertOne(doc);
  }

  @Override
  public List<ErasedPerson> of(OrgId orgId) {
    List<ErasedPerson> all = new ArrayList<>();
    erased
        .find(Filters.eq("orgId", orgId.value()))
        .map(
            doc ->
                new ErasedPerson(
                    orgId,
                    new PersonId(doc.getString("_id")),
                    Optional.ofNullable(doc.getString("department")),
                    Optional.ofNullable(doc.getString("managerId")).map(PersonId::new),
                    doc.getDate("erasedAt").toInstant()))
        .into(all);
    return all;
  }

  @Override
  public void replaceManager(OrgId orgId, PersonId managerId, PersonId anonymousId) {
    erased.updateMany(
        Filters.and(Filters.eq("orgId", orgId.value()), Filters.eq("managerId", managerId.value())),
        Updates.set("managerId", anonymousId.value()));
  }
}
