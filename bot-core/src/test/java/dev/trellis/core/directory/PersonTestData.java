package dev.trellis.core.directory;

import dev.trellis.core.org.OrgId;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: {@code aPerson().withEmail("ann@acme.example").build()} starts from a valid person.
 */
public final class PersonTestData {

  public static final OrgId ACME = new OrgId("acme");
  public static final OrgId GLOBEX = new OrgId("globex");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private PersonTestData() {}

  public static PersonBuilder aPerson() {
    return new PersonBuilder();
  }

  /** Builds a {@link Person}; each builder gets a fresh id and email unless told otherwise. */
  public static final class PersonBuilder {
    private PersonId id = PersonId.random();
    private OrgId orgId = ACME;
    private Email email = new Email("person" + SEQUENCE.incrementAndGet() + "@acme.example");
    private String name = "Ada Lovelace";
    private Optional<PersonId> managerId = Optional.empty();
    private Optional<String> department = Optional.of("Engineering");
    private ZoneId timeZone = ZoneId.of("Europe/Berlin");
    private WorkingDays workingDays = WorkingDays.MONDAY_TO_FRIDAY;
    private QuietHours quietHours = QuietHours.DEFAULT;
    private Optional<String> slackUserId = Optional.empty();
    private Optional<String> teamsAadObjectId = Optional.empty();

    public PersonBuilder withId(PersonId id) {
      this.id = id;
      return this;
    }

    public PersonBuilder inOrg(OrgId orgId) {
      this.orgId = orgId;
      return this;
    }

    public PersonBuilder withEmail(String email) {
      this.email = new Email(email);
      return this;
    }

    public PersonBuilder withName(String name) {
      this.name = name;
      return this;
    }

    public PersonBuilder withManager(Person manager) {
      this.managerId = Optional.of(manager.id());
      return this;
    }

    public PersonBuilder withManagerId(PersonId managerId) {
      this.managerId = Optional.of(managerId);
      return this;
    }

    public PersonBuilder withDepartment(String department) {
      this.department = Optional.of(department);
      return this;
    }

    public PersonBuilder withoutDepartment() {
      this.department = Optional.empty();
      return this;
    }

    public PersonBuilder withTimeZone(String zone) {
      this.timeZone = ZoneId.of(zone);
      return this;
    }

    public PersonBuilder withWorkingDays(DayOfWeek... days) {
      this.workingDays = WorkingDays.of(List.of(days));
      return this;
    }

    public PersonBuilder withQuietHours(String start, String end) {
      this.quietHours = new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
      return this;
    }

    public PersonBuilder withSlackUserId(String slackUserId) {
      this.slackUserId = Optional.of(slackUserId);
      return this;
    }

    public PersonBuilder withTeamsAadObjectId(String teamsAadObjectId) {
      this.teamsAadObjectId = Optional.of(teamsAadObjectId);
      return this;
    }

    public Person build() {
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
          teamsAadObjectId);
    }
  }
}
