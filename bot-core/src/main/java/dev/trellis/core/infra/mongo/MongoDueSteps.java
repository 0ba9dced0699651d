package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.OccurrenceKey;
import dev.trellis.core.schedule.PlannedStep;
import dev.trellis.core.schedule.StepKind;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.StepMeters;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Planned steps as a {@link LeasedQueue}: {@code steps} holds only what has yet to run, {@code
 * steps_done} the keys of what ran or was dropped. The stored key is the org id plus the occurrence
 * key, so two orgs' keys never meet.
 */
public final class MongoDueSteps implements DueSteps {

  private final MongoCollection<Document> queue;
  private final MongoCollection<Document> done;
  private final LeasedQueue leases;

  public MongoDueSteps(MongoDatabase db) {
    this.queue = db.getCollection(MongoSchema.STEPS);
    this.done = db.getCollection(MongoSchema.STEPS_DONE);
    this.leases = new LeasedQueue(queue, List.of(done));
  }

  @Override
  public int plan(List<PlannedStep> steps) {
    Set<String> added = leases.addAll(steps.stream().map(MongoDueSteps::toDocument).toList());
    countPlanned(steps, added);
    return added.size();
  }

  @Override
  public List<PlannedStep> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
    return leases.claim(owner, now, leaseUntil, limit).stream().map(MongoDueSteps::toStep).toList();
  }

  @Override
  public void finish(List<Finished> finished) {
    leases.finish(
        done,
        finished.stream()
            .map(
                f ->
                    new Document("_id", id(f.step()))
                        .append("orgId", f.step().orgId().value())
                        .append("kind", f.step().kind().name())
                        .append("outcome", f.outcome())
                        .append("at", Date.from(f.at())))
            .toList());
  }

  @Override
  public int withdrawUnclaimed(OrgId orgId, Collection<String> plannedKeyPrefixes) {
    if (plannedKeyPrefixes.isEmpty()) {
      return 0;
    }
    String plannedKey =
        plannedKeyPrefixes.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(", ")"));
    Document planned =
        new Document("orgId", orgId.value())
            .append("state", LeasedQueue.PENDING)
            .append("key", new Document("$regex", plannedKey));
    return (int) queue.deleteMany(planned).getDeletedCount();
  }

  @Override
  public int withdrawUnclaimed(OrgId orgId, OneOnOneId oneOnOneId) {
    Document planned =
        new Document("orgId", orgId.value())
            .append("state", LeasedQueue.PENDING)
            .append("oneOnOneId", oneOnOneId.value());
    return (int) queue.deleteMany(planned).getDeletedCount();
  }

  @Override
  public List<PlannedStep> upcoming(OrgId orgId, PersonId personId, int limit) {
    List<PlannedStep> steps = new ArrayList<>();
    Document filter = new Document("orgId", orgId.value()).append("personId", personId.value());
    for (Document doc : queue.find(filter).sort(Sorts.ascending("dueAt")).limit(limit)) {
      steps.add(toStep(doc));
    }
    return steps;
  }

  private static void countPlanned(List<PlannedStep> steps, Set<String> added) {
    if (added.isEmpty()) {
      return;
    }
    steps.stream()
        .filter(step -> added.contains(id(step)))
        .collect(Collectors.groupingBy(PlannedStep::kind, Collectors.counting()))
        .forEach((kind, count) -> StepMeters.planned(kind, count.intValue()));
  }

  private static String id(PlannedStep step) {
    return step.orgId().value() + "/" + step.key().value();
  }

  private static Document toDocument(PlannedStep step) {
    Document doc =
        LeasedQueue.pending(id(step), step.dueAt())
            .append("orgId", step.orgId().value())
            .append("personId", step.recipient().value())
            .append("kind", step.kind().name())
            .append("key", step.key().value())
            .append("zone", step.local().getZone().getId());
    step.oneOnOneId().ifPresent(id -> doc.append("oneOnOneId", id.value()));
    return doc;
  }

  private static PlannedStep toStep(Document doc) {
    Instant dueAt = doc.getDate("dueAt").toInstant();
    return new PlannedStep(
        StepKind.of(doc.getString("kind")),
        new OrgId(doc.getString("orgId")),
        new PersonId(doc.getString("personId")),
        dueAt,
        dueAt.atZone(ZoneId.of(doc.getString("zone"))),
        new OccurrenceKey(doc.getString("key")),
        Optional.ofNullable(doc.getString("oneOnOneId")).map(OneOnOneId::new));
  }
}
