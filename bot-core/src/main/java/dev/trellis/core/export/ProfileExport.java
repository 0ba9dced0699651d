package dev.trellis.core.export;

import dev.trellis.core.directory.People;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.PersonId;
import dev.trellis.core.feature.ExportObject;
import dev.trellis.core.feature.PersonalExport;
import dev.trellis.core.org.OrgId;
import java.util.Map;
import java.util.Optional;

/** The person's directory entry in their export: who they are, where, when they work. */
final class ProfileExport implements PersonalExport {

  private final People people;

  ProfileExport(People people) {
    this.people = people;
  }

  @Override
  public String section() {
    return "profile";
  }

  @Override
  public Object export(OrgId orgId, PersonId personId) {
    Optional<Person> found = people.findById(orgId, personId);
    if (found.isEmpty()) {
      return Map.of();
    }
    Person p = found.get();
    return ExportObject.of()
        .put("personId", p.id().value())
        .put("name", p.name())
        .put("email", p.email().value())
        .put("department", p.department())
        .put("timeZone", p.timeZone().getId())
        .put("workingDays", p.workingDays().shortNames())
        .put(
            "quietHours",
            ExportObject.of().put("from", p.quietHours().start()).put("to", p.quietHours().end()))
        .put(
            "managerEmail",
            p.managerId().flatMap(m -> people.findById(orgId, m)).map(m -> m.email().value()))
        .put("slackUserId", p.slackUserId())
        .put("teamsAadObjectId", p.teamsAadObjectId())
        .toMap();
  }
}
