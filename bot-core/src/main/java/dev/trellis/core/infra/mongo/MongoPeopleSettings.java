package dev.trellis.core.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PersonSettings;
import dev.trellis.core.step.ReflectionCadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/** Settings in {@code person_settings}, one document per person who changed something. */
public final class MongoPeopleSettings implements PeopleSettings {

  private final MongoCollection<Document> settings;

  public MongoPeopleSettings(MongoDatabase db) {
    this.settings = db.getCollection(MongoSchema.PERSON_SETTINGS);
  }

  @Override
  public PersonSettings find(OrgId orgId, PersonId personId) {
    return Optional.ofNullable(settings.find(new Document("_id", id(orgId, personId))).first())
        .map(MongoPeopleSettings::toSettings)
        .orElse(PersonSettings.DEFAULT);
  }

  @Override
  public Map<PersonId, PersonSettings> changedIn(OrgId orgId) {
    Map<PersonId, PersonSettings> all = new HashMap<>();
    for (Document doc : settings.find(new Document("orgId", orgId.value()))) {
      all.put(new PersonId(doc.getString("personId")), toSettings(doc));
    }
    return all;
  }

  @Override
  public Map<PersonId, PersonSettings> findAll(OrgId orgId, Collection<PersonId> personIds) {
    Map<PersonId, PersonSettings> found = new HashMap<>();
    List<String> ids = personIds.stream().distinct().map(p -> id(orgId, p)).toList();
    if (!ids.isEmpty()) {
      ByIds.find(
          settings, ids, d -> found.put(new PersonId(d.getString("personId")), toSettings(d)));
    }
    return found;
  }

  @Override
  public void save(OrgId orgId, PersonId personId, PersonSettings s) {
    Document doc =
        new Document("_id", id(orgId, personId))
            .append("orgId", orgId.value())
            .append("personId", personId.value())
            .append("everyNWeeks", s.cadence().everyNWeeks())
            .append("weekday", s.cadence().weekday().name())
            .append("time", s.cadence().localTime().toString());
    s.pausedUntil().ifPresent(d -> doc.append("pausedUntil", d.toString()));
    s.platform().ifPresent(p -> doc.append("platform", p.name()));
    settings.replaceOne(
        new Document("_id", id(orgId, personId)), doc, new ReplaceOptions().upsert(true));
  }

  private static String id(OrgId orgId, PersonId personId) {
    return orgId.value() + "/" + personId.value();
  }

  private static PersonSettings toSettings(Document doc) {
    return new PersonSettings(
        new ReflectionCadence(
            doc.getInteger("everyNWeeks"),
            DayOfWeek.valueOf(doc.getString("weekday")),
            LocalTime.parse(doc.getString("time"))),
        Optional.ofNullable(doc.getString("pausedUntil")).map(LocalDate::parse),
        Optional.ofNullable(doc.getString("platform")).map(Platform::valueOf));
  }

  @Override
  public void remove(OrgId orgId, PersonId personId) {
    settings.deleteOne(new Document("_id", id(orgId, personId)));
  }
}
