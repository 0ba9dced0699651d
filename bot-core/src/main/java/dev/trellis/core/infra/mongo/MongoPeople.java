package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Page;
import dev.trellis.core.directory.PageRequest;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** People in the {@code people} collection; one document per person, unique by org and email. */
public final class MongoPeople implements People {

  private final MongoCollection<Document> people;

  public MongoPeople(MongoDatabase db) {
    this.people = db.getCollection(MongoSchema.PEOPLE);
  }

  @Override
  public Optional<Person> findByEmail(OrgId orgId, Email email) {
    Document filter = new Document("orgId", orgId.value()).append("email", email.value());
    return Optional.ofNullable(people.find(filter).first()).map(PersonDocuments::toPerson);
  }

  @Override
  public List<Person> findByIds(OrgId orgId, Collection<PersonId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> values = ids.stream().map(PersonId::value).distinct().toList();
    List<Person> found = new ArrayList<>();
    ByIds.find(
        people,
        values,
        doc -> {
          Person person = PersonDocuments.toPerson(doc);
          if (person.orgId().equals(orgId)) {
            found.add(person);
          }
        });
    return found;
  }

  @Override
  public List<Person> findAll(OrgId orgId) {
    List<Person> all = new ArrayList<>();
    for (Document doc : people.find(new Document("orgId", orgId.value()))) {
      all.add(PersonDocuments.toPerson(doc));
    }
    return all;
  }

  @Override
  public Page<Person> list(OrgId orgId, PageRequest request) {
    Document filter = new Document("orgId", orgId.value());
    long total = people.countDocuments(filter);
    List<Person> items = new ArrayList<>();
    for (Document doc :
        people
            .find(filter)
            .sort(Sorts.ascending("email"))
            .skip((int) Math.min(request.offset(), Integer.MAX_VALUE))
            .limit(request.size())) {
      items.add(PersonDocuments.toPerson(doc));
    }
    return new Page<>(items, request.page(), request.size(), total);
  }

  @Override
  public void saveAll(OrgId orgId, Collection<Person> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<ReplaceOneModel<Document>> writes = new ArrayList<>(batch.size());
    for (Person person : batch) {
      if (!person.orgId().equals(orgId)) {
        throw new CrossOrgWriteException(orgId, person.orgId());
      }
      // Keyed by _id alone: person ids are random UUIDs, and a lookup on _id alone is answered
      // from the index by every server we run on.
      writes.add(
          new ReplaceOneModel<>(
              new Document("_id", person.id().value()),
              PersonDocuments.toDocument(person),
              new ReplaceOptions().upsert(true)));
    }
    people.bulkWrite(writes);
  }
}
