package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.buddy.Cohort;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.CohortMember;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Cohorts in {@code cohorts} ({@code _id} = org/cohort) and members' states in {@code
 * cohort_members} ({@code _id} = org/cohort/person), so each lookup is an equality on {@code _id}.
 */
public final class MongoCohorts implements Cohorts {

  private final MongoCollection<Document> cohorts;
  private final MongoCollection<Document> members;

  public MongoCohorts(MongoDatabase db) {
    this.cohorts = db.getCollection(MongoSchema.COHORTS);
    this.members = db.getCollection(MongoSchema.COHORT_MEMBERS);
  }

  @Override
  public void save(Cohort cohort) {
    Document doc =
        new Document("_id", key(cohort.orgId(), cohort.id()))
            .append("orgId", cohort.orgId().value())
            .append("cohortId", cohort.id().value())
            .append("name", cohort.name())
            .append("groupSize", cohort.groupSize())
            .append("cadenceWeeks", cohort.cadenceWeeks())
            .append("startDate", cohort.startDate().toString())
            .append("policy", cohort.policy().name())
            .append("noRepeatRounds", cohort.noRepeatRounds());
    cohorts.replaceOne(new Document("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<Cohort> find(OrgId orgId, CohortId id) {
    return Optional.ofNullable(cohorts.find(new Document("_id", key(orgId, id))).first())
        .map(MongoCohorts::toCohort);
  }

  @Override
  public List<Cohort> list(OrgId orgId) {
    List<Cohort> all = new ArrayList<>();
    for (Document doc : cohorts.find(new Document("orgId", orgId.value()))) {
      all.add(toCohort(doc));
    }
    all.sort(Comparator.comparing(Cohort::name).thenComparing(c -> c.id().value()));
    return all;
  }

  @Override
  public List<CohortMember> members(OrgId orgId, CohortId id) {
    List<CohortMember> all = new ArrayList<>();
    Document query = new Document("orgId", orgId.value()).append("cohortId", id.value());
    for (Document doc : members.find(query).batchSize(ByIds.CHUNK)) {
      all.add(toMember(doc));
    }
    return all;
  }

  @Override
  public Optional<CohortMember> member(OrgId orgId, CohortId id, PersonId personId) {
    return Optional.ofNullable(
            members.find(new Document("_id", memberKey(orgId, id, personId))).first())
        .map(MongoCohorts::toMember);
  }

  @Override
  public void saveMember(OrgId orgId, CohortId id, CohortMember member) {
    String key = memberKey(orgId, id, member.personId());
    Document doc =
        new Document("_id", key)
            .append("orgId", orgId.value())
            .append("cohortId", id.value())
            .append("personId", member.personId().value())
            .append("state", member.state().name())
            .append("pausedUntil", member.pausedUntil().map(LocalDate::toString).orElse(null))
            .append("notWith", member.notWith().stream().map(PersonId::value).sorted().toList());
    members.replaceOne(new Document("_id", key), doc, new ReplaceOptions().upsert(true));
  }

  private static String key(OrgId orgId, CohortId id) {
    return orgId.value() + "/" + id.value();
  }

  private static String memberKey(OrgId orgId, CohortId id, PersonId personId) {
    return key(orgId, id) + "/" + personId.value();
  }

  private static Cohort toCohort(Document doc) {
    return new Cohort(
        new CohortId(doc.getString("cohortId")),
        new OrgId(doc.getString("orgId")),
        doc.getString("name"),
        doc.getInteger("groupSize"),
        doc.getInteger("cadenceWeeks"),
        LocalDate.parse(doc.getString("startDate")),
        Cohort.Policy.valueOf(doc.getString("policy")),
        doc.getInteger("noRepeatRounds"));
  }

  private static CohortMember toMember(Document doc) {
    Set<PersonId> notWith = new HashSet<>();
    doc.getList("notWith", String.class, List.of()).forEach(v -> notWith.add(new PersonId(v)));
    return new CohortMember(
        new PersonId(doc.getString("personId")),
        CohortMember.State.valueOf(doc.getString("state")),
        Optional.ofNullable(doc.getString("pausedUntil")).map(LocalDate::parse),
        notWith);
  }

  @Override
  public void eraseOf(Erasure erasure) {
    String person = erasure.personId().value();
    ErasedDocuments.eraseFrom(
        members, "orgId", erasure, d -> person.equals(d.getString("personId")));
    ErasedDocuments.eraseFrom(cohorts, "orgId", erasure, d -> false);
  }
}
