package dev.trellis.core.infra.mongo;

import dev.trellis.core.directory.Email;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Maps {@link Person} to and from its stored document; absent values are left out, not null. */
final class PersonDocuments {

  private PersonDocuments() {}

  static Document toDocument(Person person) {
    Document doc =
        new Document("_id", person.id().value())
            .append("orgId", person.orgId().value())
            .append("email", person.email().value())
            .append("name", person.name())
            .append("timeZone", person.timeZone().getId())
            .append(
                "workingDays",
                EnumSet.copyOf(person.workingDays().days()).stream().map(Enum::name).toList())
            .append(
                "quietHours",
                new Document("start", person.quietHours().start().toString())
                    .append("end", person.quietHours().end().toString()));
    person.managerId().ifPresent(id -> doc.append("managerId", id.value()));
    person.department().ifPresent(d -> doc.append("department", d));
    person.slackUserId().ifPresent(id -> doc.append("slackUserId", id));
    person.teamsAadObjectId().ifPresent(id -> doc.append("teamsAadObjectId", id));
    return doc;
  }

  static Person toPerson(Document doc) {
    Document quiet = doc.get("quietHours", Document.class);
    List<String> days = doc.getList("workingDays", String.class);
    EnumSet<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
    days.forEach(d -> workingDays.add(DayOfWeek.valueOf(d)));
    return new Person(
        new PersonId(doc.getString("_id")),
        new OrgId(doc.getString("orgId")),
        new Email(doc.getString("email")),
        doc.getString("name"),
        Optional.ofNullable(doc.getString("managerId")).map(PersonId::new),
        Optional.ofNullable(doc.getString("department")),
        ZoneId.of(doc.getString("timeZone")),
        new WorkingDays(workingDays),
        new QuietHours(
            LocalTime.parse(quiet.getString("start")), LocalTime.parse(quiet.getString("end"))),
        Optional.ofNullable(doc.getString("slackUserId")),
        Optional.ofNullable(doc.getString("teamsAadObjectId")));
  }
}
