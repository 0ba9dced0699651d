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

/**
 * People in the {@code people} collection; one document per person, unique by org and email.
 *
 * <p>Platform ids are looked up through {@code person_identities}, one document per id keyed by
 * {@code <platform>:<org>/<id>} and pointing at the person: an {@code _id} lookup is answered from
 * the index by every server we run on, and, unlike a unique index on the people themselves, an id
 * moving from one person to another in one import never collides. A pointer left behind by a person
 * who no longer has that id is ignored, because the person must still carry it.
 */
public final class MongoPeople implements People {

  private static final String SLACK = "slack:";
  private static final String TEAMS = "teams:";

  private final MongoCollection<Document> people;
  private final MongoCollection<Document> identities;

  public MongoPeople(MongoDatabase db) {
    this.people = db.getCollection(MongoSchema.PEOPLE);
    this.identities = db.getCollection(MongoSchema.PERSON_IDENTITIES);
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
  public Optional<Person> findBySlackUserId(OrgId orgId, String slackUserId) {
    return byIdentity(identity(SLACK, orgId, slackUserId))
        .filter(p -> p.slackUserId().filter(slackUserId::equals).isPresent());
  }

  @Override
  public Optional<Person> findByTeamsAadObjectId(OrgId orgId, String aadObjectId) {
    return byIdentity(identity(TEAMS, orgId, aadObjectId))
        .filter(p -> p.teamsAadObjectId().filter(aadObjectId::equals).isPresent());
  }

  private Optional<Person> byIdentity(String identity) {
    Document pointer = identities.find(new Document("_id", identity)).first();
    if (pointer == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
            people.find(new Document("_id", pointer.getString("personId"))).first())
        .map(PersonDocuments::toPerson);
  }

  private static String identity(String platform, OrgId orgId, String id) {
    return platform + orgId.value() + "/" + id;
  }

  @Override
  public List<Person> findAll(OrgId orgId) {
    List<Person> all = new ArrayList<>();
    for (Document doc : people.find(new Document("orgId", orgId.value())).batchSize(ByIds.CHUNK)) {
      all.add(PersonDocuments.toPerson(doc));
    }
    return all;
  }

  @Override
  public Page<Person> list(OrgId orgId, PageRequest request) {
    return page(new Document("orgId", orgId.value()), request);
  }

  /** By a case-insensitive regular expression of the query's characters taken literally. */
  @Override
  public Page<Person> search(OrgId orgId, String query, PageRequest request) {
    if (query == null || query.isBlank()) {
      return list(orgId, request);
    }
    Document contains = new Document("$regex", literal(query.strip())).append("$options", "i");
    Document filter =
        new Document("orgId", orgId.value())
            .append(
                "$or",
                List.of(
                    new Document("email", contains),
                    new Document("name", contains),
                    new Document("department", contains)));
    return page(filter, request);
  }

  private static String literal(String text) {
    StringBuilder pattern = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  private Page<Person> page(Document filter, PageRequest request) {
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
    saveIdentities(batch);
  }

  private void saveIdentities(Collection<Person> batch) {
    List<ReplaceOneModel<Document>> pointers = new ArrayList<>();
    for (Person person : batch) {
      person
          .slackUserId()
          .ifPresent(id -> pointers.add(pointer(identity(SLACK, person.orgId(), id), person)));
      person
          .teamsAadObjectId()
          .ifPresent(id -> pointers.add(pointer(identity(TEAMS, person.orgId(), id), person)));
    }
    if (!pointers.isEmpty()) {
      identities.bulkWrite(pointers);
    }
  }

  private static ReplaceOneModel<Document> pointer(String identity, Person person) {
    return new ReplaceOneModel<>(
        new Document("_id", identity),
        new Document("_id", identity)
            .append("orgId", person.orgId().value())
            .append("personId", person.id().value()),
        new ReplaceOptions().upsert(true));
  }
}
