package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyRound;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.CohortId;
import dev.trellis.core.buddy.LeftOut;
import dev.trellis.core.buddy.RoundFigures;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.Erasure;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Buddy rounds in {@code buddy_rounds}, one document per round ({@code _id} = org/cohort/number):
 * member ids only, never anything a person wrote.
 */
public final class MongoBuddyRounds implements BuddyRounds {

  private static final int ROUNDS_PER_BATCH = 4;

  /** Set on a new round until its start is finished; rounds stored before it was kept lack it. */
  private static final String UNFINISHED = "startUnfinished";

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
            .append("groupCount", groups.size())
            .append("leftOut", leftOut)
            .append("startedAt", Date.from(round.startedAt()))
            .append(UNFINISHED, true);
    return DuplicateKeys.writtenUnlessDuplicate(() -> rounds.insertOne(doc));
  }

  @Override
  public void markStarted(OrgId orgId, CohortId cohortId, int number) {
    rounds.updateOne(
        new Document("_id", key(orgId, cohortId, number)),
        new Document("$unset", new Document(UNFINISHED, "")));
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
    // A round of a big cohort is a megabyte or two; the embedded server sends every document of
    // an unbatched find in one reply, which it refuses past 48 MB.
    for (Document doc : rounds.find(query).batchSize(ROUNDS_PER_BATCH)) {
      all.add(toRound(doc));
    }
    all.sort(Comparator.comparingInt(BuddyRound::number));
    return all;
  }

  @Override
  public void eachStartedBetween(OrgId orgId, Instant from, Instant to, Consumer<Started> each) {
    Document query =
        new Document("orgId", orgId.value())
            .append(
                "startedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
    Document fields = new Document("cohortId", 1).append("number", 1).append("startedAt", 1);
    for (Document doc : rounds.find(query).projection(fields).batchSize(MongoSchema.SCAN_BATCH)) {
      each.accept(
          new Started(
              new CohortId(doc.getString("cohortId")),
              doc.getInteger("number"),
              doc.getDate("startedAt").toInstant()));
    }
  }

  @Override
  public List<Summary> summaries(OrgId orgId, CohortId cohortId) {
    List<Summary> all = new ArrayList<>();
    Document query = new Document("orgId", orgId.value()).append("cohortId", cohortId.value());
    Document fields =
        new Document("number", 1)
            .append(UNFINISHED, 1)
            .append("startedAt", 1)
            .append("groupCount", 1)
            .append("nudgedAt", 1)
            .append("endedAt", 1)
            .append("figures", 1);
    for (Document doc : rounds.find(query).projection(fields)) {
      all.add(toSummary(doc, groupCount(doc)));
    }
    all.sort(Comparator.comparingInt(Summary::number));
    return all;
  }

  @Override
  public boolean mark(OrgId orgId, CohortId cohortId, int number, Step step, Instant at) {
    String field = step == Step.NUDGED ? "nudgedAt" : "endedAt";
    return setOnce(orgId, cohortId, number, field, Date.from(at));
  }

  @Override
  public boolean recordFigures(OrgId orgId, CohortId cohortId, int number, RoundFigures f) {
    Document figures =
        new Document("groups", f.groups())
            .append("met", f.met())
            .append("skipped", f.skipped())
            .append("notMet", f.notMet())
            .append("answeredYes", f.answeredYes())
            .append("answeredNo", f.answeredNo())
            .append("recordedAt", Date.from(f.recordedAt()));
    return setOnce(orgId, cohortId, number, "figures", figures);
  }

  /** Sets a field that is not set yet; the rounds collection is small, so the filter is cheap. */
  private boolean setOnce(OrgId orgId, CohortId cohortId, int number, String field, Object value) {
    Document filter =
        new Document("_id", key(orgId, cohortId, number))
            .append(field, new Document("$exists", false));
    return rounds
            .updateOne(filter, new Document("$set", new Document(field, value)))
            .getModifiedCount()
        == 1;
  }

  /** Rounds stored before the count was kept are counted once from their groups. */
  private int groupCount(Document summary) {
    Integer count = summary.getInteger("groupCount");
    if (count != null) {
      return count;
    }
    Document full = rounds.find(new Document("_id", summary.get("_id"))).first();
    return full == null ? 0 : full.getList("groups", Document.class, List.of()).size();
  }

  private static Summary toSummary(Document doc, int groups) {
    Optional<RoundFigures> figures =
        Optional.ofNullable(doc.get("figures", Document.class))
            .map(
                f ->
                    new RoundFigures(
                        f.getInteger("groups"),
                        f.getInteger("met"),
                        f.getInteger("skipped"),
                        f.getInteger("notMet"),
                        f.getInteger("answeredYes"),
                        f.getInteger("answeredNo"),
                        f.getDate("recordedAt").toInstant()));
    return new Summary(
        doc.getInteger("number"),
        !doc.getBoolean(UNFINISHED, false),
        doc.getDate("startedAt").toInstant(),
        groups,
        Optional.ofNullable(doc.getDate("nudgedAt")).map(Date::toInstant),
        Optional.ofNullable(doc.getDate("endedAt")).map(Date::toInstant),
        figures);
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

  @Override
  public void eraseOf(Erasure erasure) {
    ErasedDocuments.eraseFrom(rounds, "orgId", erasure, d -> false);
  }
}
