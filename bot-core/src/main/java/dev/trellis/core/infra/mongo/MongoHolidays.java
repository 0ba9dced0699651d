package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.schedule.TimeOff;
import dev.trellis.core.step.Holidays;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * Holidays in {@code holidays}, one document per org; the protected slot comes from the org's
 * settings ({@link MongoOrgSettings}).
 */
public final class MongoHolidays implements Holidays {

  private final MongoCollection<Document> holidays;
  private final MongoOrgSettings settings;

  public MongoHolidays(MongoDatabase db) {
    this.holidays = db.getCollection(MongoSchema.HOLIDAYS);
    this.settings = new MongoOrgSettings(db);
  }

  @Override
  public TimeOff timeOff(OrgId orgId) {
    return new TimeOff(of(orgId), settings.find(orgId).devTime().protectedSlot());
  }

  @Override
  public Set<LocalDate> of(OrgId orgId) {
    Document doc = holidays.find(new Document("_id", orgId.value())).first();
    if (doc == null) {
      return Set.of();
    }
    return doc.getList("days", String.class).stream()
        .map(LocalDate::parse)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void replace(OrgId orgId, Set<LocalDate> days) {
    List<String> sorted = new TreeSet<>(days).stream().map(LocalDate::toString).toList();
    holidays.replaceOne(
        new Document("_id", orgId.value()),
        new Document("_id", orgId.value()).append("days", sorted),
        new ReplaceOptions().upsert(true));
  }
}
