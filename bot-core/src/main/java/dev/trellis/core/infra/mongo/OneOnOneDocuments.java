package dev.trellis.core.infra.mongo;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.OneOnOneId;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.bson.Document;

/** Maps {@link OneOnOne} to and from its stored document. */
final class OneOnOneDocuments {

  private OneOnOneDocuments() {}

  static Document toDocument(OneOnOne o) {
    return new Document("_id", o.id().value())
        .append("orgId", o.orgId().value())
        .append("managerId", o.managerId().value())
        .append("reportId", o.reportId().value())
        .append("cadence", o.cadence().name())
        .append("weekday", o.weekday().name())
        .append("startTime", o.startTime().toString())
        .append("durationMinutes", (int) o.duration().toMinutes())
        .append("timeZone", o.timeZone().getId())
        .append("firstDate", o.firstDate().toString());
  }

  static OneOnOne toOneOnOne(Document doc) {
    return new OneOnOne(
        new OneOnOneId(doc.getString("_id")),
        new OrgId(doc.getString("orgId")),
        new PersonId(doc.getString("managerId")),
        new PersonId(doc.getString("reportId")),
        Cadence.valueOf(doc.getString("cadence")),
        DayOfWeek.valueOf(doc.getString("weekday")),
        LocalTime.parse(doc.getString("startTime")),
        Duration.ofMinutes(doc.getInteger("durationMinutes")),
        ZoneId.of(doc.getString("timeZone")),
        LocalDate.parse(doc.getString("firstDate")));
  }
}
