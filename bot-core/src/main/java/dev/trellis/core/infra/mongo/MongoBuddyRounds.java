package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.LeftOut;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Buddy rounds in {@code buddy_rounds}, one document per round ({@code _id} = org/cohort/number):
 * member ids only, never anything a person wrote.
 */
public final class MongoBuddyRounds implements BuddyRounds {

  private final MongoCollection<Document> rounds;

  public MongoBuddyRounds(MongoDatabase db) {
    this.rounds = db.getCollection(MongoSchema.BUDDY_ROUNDS);
  }

  @Override
  public boolean add(BuddyRound round) {
    List<Document> groups = new ArrayList<>();
    for (BuddyRound.Group g : round.groups()) {
      groups.add(
          new Document("members", g.members().stream().map(PersonId::value).toList())
              .append("met", g.met()));
    }
    List<Document> leftOut = new ArrayList<>();
    for (LeftOut l : round.leftOut()) {
      leftOut.add(
          new Document("personId", l.personId().value())
              .append("reason", l.reason().name())
              .append("why", l.why()));
    }
    Document doc =
        new Document("_id", key(round.orgId(), round.cohortId(), round.number()))
            .append("orgId", round.orgId().value())
            .append("cohortId", round.cohortId().value())
            .append("number", round.number())
            .append("groups", groups)
            .append("leftOut", leftOut)
            .append("startedAt", Date.from(round.startedAt()));
    try {
      rounds.insertOne(doc);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<BuddyRound> find(OrgId orgId, CohortId cohortId, int number) {
    return Optional.ofNullable(
            rounds.find(new Document("_id", key(orgId, cohortId, number))).first())
        .map(MongoBuddyRounds::toRound);
  }

  @Override
  public List<BuddyRound> list(OrgId orgId, CohortId cohortId) {
    List<BuddyRound> all = new ArrayList<>();
    Document query = new Document("orgId", orgId.value()).append("cohortId", cohortId.value());
    for (Document doc : rounds.find(query)) {
      all.add(toRound(doc));
    }
    all.sort(Comparator.comparingInt(BuddyRound::number));
    return all;
  }

  private static String key(OrgId orgId, CohortId cohortId, int number) {
    return orgId.value() + "/" + cohortId.value() + "/" + number;
  }

  private static BuddyRound toRound(Document doc) {
    List<BuddyRound.Group> groups = new ArrayList<>();
    for (Document g : doc.getList("groups", Document.class, List.of())) {
      groups.add(
          new BuddyRound.Group(
              g.getList("members", String.class).stream().map(PersonId::new).toList(),
              g.getBoolean("met", false)));
    }
    List<LeftOut> leftOut = new ArrayList<>();
    for (Document l : doc.getList("leftOut", Document.class, List.of())) {
      leftOut.add(
          new LeftOut(
              new PersonId(l.getString("personId")),
              LeftOut.Reason.valueOf(l.getString("reason")),
              l.getString("why")));
    }
    return new BuddyRound(
        new OrgId(doc.getString("orgId")),
        new CohortId(doc.getString("cohortId")),
        doc.getInteger("number"),
        groups,
        leftOut,
        doc.getDate("startedAt").toInstant());
  }
}
