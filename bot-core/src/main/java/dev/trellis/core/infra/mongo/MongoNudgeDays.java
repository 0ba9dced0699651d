package dev.trellis.core.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.step.NudgeDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Nudge days in {@code nudge_days}, one document per person and local day, {@code _id} {@code
 * org/person/day}: the unique {@code _id} makes the first claim win on every instance.
 */
public final class MongoNudgeDays implements NudgeDays {

  private final MongoCollection<Document> days;

  public MongoNudgeDays(MongoDatabase db) {
    this.days = db.getCollection(MongoSchema.NUDGE_DAYS);
  }

  @Override
  public Set<Claim> claim(List<Claim> claims) {
    Map<String, Claim> byId = new LinkedHashMap<>();
    List<Claim> repeated = new ArrayList<>();
    for (Claim claim : claims) {
      if (byId.putIfAbsent(id(claim.orgId(), claim.personId(), claim.day()), claim) != null) {
        repeated.add(claim);
      }
    }
    List<String> ids = List.copyOf(byId.keySet());
    Set<String> refused = new HashSet<>();
    try {
      days.insertMany(
          ids.stream().map(id -> toDocument(id, byId.get(id))).toList(),
          new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        refused.add(ids.get(error.getIndex()));
      }
    }
    Map<String, String> holders = new LinkedHashMap<>();
    if (!refused.isEmpty()) {
      ByIds.find(
          days, List.copyOf(refused), d -> holders.put(d.getString("_id"), d.getString("key")));
    }
    Set<Claim> granted = new HashSet<>();
    byId.forEach(
        (id, claim) -> {
          if (!refused.contains(id) || claim.key().equals(holders.get(id))) {
            granted.add(claim);
          }
        });
    for (Claim claim : repeated) {
      Claim first = byId.get(id(claim.orgId(), claim.personId(), claim.day()));
      if (granted.contains(first) && first.key().equals(claim.key())) {
        granted.add(claim);
      }
    }
    return granted;
  }

  @Override
  public Set<LocalDate> claimed(OrgId orgId, PersonId personId, LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      ids.add(id(orgId, personId, day));
    }
    Set<LocalDate> found = new HashSet<>();
    ByIds.find(days, ids, d -> found.add(LocalDate.parse(d.getString("day"))));
    return found;
  }

  private static Document toDocument(String id, Claim claim) {
    return new Document("_id", id)
        .append("orgId", claim.orgId().value())
        .append("personId", claim.personId().value())
        .append("day", claim.day().toString())
        .append("key", claim.key());
  }

  private static String id(OrgId orgId, PersonId personId, LocalDate day) {
    return orgId.value() + "/" + personId.value() + "/" + day;
  }
}
