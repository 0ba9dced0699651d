package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** An employee of an org, with one identity per chat platform. */
public record Person(
    PersonId id,
    OrgId orgId,
    Email email,
    String name,
    Optional<PersonId> managerId,
    Optional<String> department,
    ZoneId timeZone,
    WorkingDays workingDays,
    QuietHours quietHours,
    Optional<String> slackUserId,
    Optional<String> teamsAadObjectId) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(managerId, "managerId");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(quietHours, "quietHours");
    Objects.requireNonNull(slackUserId, "slackUserId");
    Objects.requireNonNull(teamsAadObjectId, "teamsAadObjectId");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A person needs a name");
    }
    if (managerId.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException("A person cannot be their own manager");
    }
  }

  /** The same person with another Slack user id (or none). */
  public Person withSlackUserId(Optional<String> slackId) {
    return new Person(
        id,
        orgId,
        email,
        name,
        managerId,
        department,
        timeZone,
        workingDays,
        quietHours,
        slackId,
        teamsAadObjectId);
  }

  /** The same person with another Teams (Azure AD) object id (or none). */
  public Person withTeamsAadObjectId(Optional<String> aadObjectId) {
    return new Person(
        id,
        orgId,
        email,
        name,
        managerId,
        department,
        timeZone,
        workingDays,
        quietHours,
        slackUserId,
        aadObjectId);
  }

  /** The same person in another time zone. */
  public Person withTimeZone(ZoneId zone) {
    return new Person(
        id,
        orgId,
        email,
        name,
        managerId,
        department,
        zone,
        workingDays,
        quietHours,
        slackUserId,
        teamsAadObjectId);
  }
}
