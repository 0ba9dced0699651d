package dev.trellis.core.directory.importing;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.ManagerChange;
import dev.trellis.core.directory.Person;
import dev.trellis.core.directory.QuietHours;
import dev.trellis.core.directory.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImportingPeopleTest {

  private static final String HEADER = "email,name,manager_email,time_zone";

  private final InMemoryPeople people = new InMemoryPeople();
  private final List<ManagerChange> managerChanges = new ArrayList<>();
  private final ImportingPeople importing =
      new ImportingPeople(people, (org, changes) -> managerChanges.addAll(changes));

  @Nested
  class TheAcmeFile {

    private final String acme = OrgFixtures.read("acme-people.csv");

    @Test
    void shouldCreateEveryPerson() {
      ImportOutcome outcome = importing.importCsv(ACME, acme);

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(183, 0, 0));
      assertThat(people.findAll(ACME)).hasSize(183);
      assertThat(people.findAll(GLOBEX)).isEmpty();
    }

    @Test
    void shouldLinkEachPersonToTheirManagerById() {
      importing.importCsv(ACME, acme);

      Person chen = person("chen.nygaard@acme.example");
      Person erich = person("erich.ghemawat@acme.example");
      Person cynthia = person("cynthia.dlamini@acme.example");
      Person larry = person("larry.turing@acme.example");
      assertThat(chen.managerId()).isEmpty();
      assertThat(erich.managerId()).contains(chen.id());
      assertThat(cynthia.managerId()).contains(erich.id());
      assertThat(larry.managerId()).contains(cynthia.id());
      assertThat(people.findAll(ACME))
          .filteredOn(p -> p.managerId().isEmpty())
          .containsExactly(chen);
      var ids = people.findAll(ACME).stream().map(Person::id).collect(Collectors.toSet());
      assertThat(people.findAll(ACME))
          .allSatisfy(p -> p.managerId().ifPresent(m -> assertThat(ids).contains(m)));
    }

    @Test
    void shouldParseTimeZonesWorkingDaysAndPlatformIds() {
      importing.importCsv(ACME, acme);

      Person erich = person("erich.ghemawat@acme.example");
      assertThat(erich.name()).isEqualTo("Erich Ghemawat");
      assertThat(erich.department()).contains("Engineering");
      assertThat(erich.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
      assertThat(erich.workingDays()).isEqualTo(WorkingDays.MONDAY_TO_FRIDAY);
      assertThat(erich.quietHours()).isEqualTo(QuietHours.DEFAULT);
      assertThat(erich.slackUserId()).contains("UL23H3WFCW7");
      assertThat(erich.teamsAadObjectId()).contains("bbeeb636-a30f-4525-b32c-678568e58909");
      assertThat(people.findAll(ACME))
          .extracting(p -> p.timeZone().getId())
          .contains("America/New_York", "Europe/London", "Australia/Sydney", "Asia/Singapore");
    }

    @Test
    void shouldLeaveAbsentPlatformIdsEmpty() {
      importing.importCsv(ACME, acme);

      Person teamsOnly = person("guido.thompson@acme.example");
      Person slackOnly = person("mateo.lamarr@acme.example");
      assertThat(teamsOnly.slackUserId()).isEmpty();
      assertThat(teamsOnly.teamsAadObjectId()).contains("7c77833f-32dc-4a88-8ff7-66f6e4631b55");
      assertThat(slackOnly.slackUserId()).contains("UK8YKNA122K");
      assertThat(slackOnly.teamsAadObjectId()).isEmpty();
    }

    @Test
    void shouldReportEveryoneUnchangedWhenTheSameFileIsImportedAgain() {
      importing.importCsv(ACME, acme);
      List<Person> before = people.findAll(ACME);
      int writesOfFirstImport = people.written();

      ImportOutcome outcome = importing.importCsv(ACME, acme);

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 0, 183));
      assertThat(people.written()).isEqualTo(writesOfFirstImport);
      assertThat(people.findAll(ACME)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void shouldUpdateExactlyThePersonWhoseNameChanged() {
      importing.importCsv(ACME, acme);
      Person before = person("erich.ghemawat@acme.example");

      ImportOutcome outcome =
          importing.importCsv(ACME, acme.replace(",Erich Ghemawat,", ",Erich G. Ghemawat,"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 1, 182));
      Person after = person("erich.ghemawat@acme.example");
      assertThat(after.name()).isEqualTo("Erich G. Ghemawat");
      assertThat(after.id()).isEqualTo(before.id());
    }

    @Test
    void shouldKeepPeopleOfAnotherOrgApart() {
      importing.importCsv(GLOBEX, acme);

      ImportOutcome outcome = importing.importCsv(ACME, acme);

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(183, 0, 0));
      assertThat(people.findAll(GLOBEX)).hasSize(183);
    }
  }

  @Nested
  class TheFileWithErrors {

    private final String withErrors = OrgFixtures.read("people-with-errors.csv");

    @Test
    void shouldRejectEveryBadRowWithItsLineAndColumn() {
      ImportOutcome outcome = importing.importCsv(ACME, withErrors);

      ImportOutcome.Rejected rejected = rejected(outcome);
      assertThat(rejected.truncated()).isFalse();
      assertThat(rejected.errors())
          .extracting(ImportError::line, ImportError::column)
          .containsExactly(
              tuple(3, "time_zone"),
              tuple(4, "name"),
              tuple(5, "manager_email"),
              tuple(6, "email"),
              tuple(7, "email"),
              tuple(8, "manager_email"),
              tuple(9, "manager_email"),
              tuple(10, "working_days"));
      assertThat(rejected.errors())
          .extracting(ImportError::reason)
          .satisfiesExactly(
              r -> assertThat(r).contains("unknown time zone", "Mars/Olympus_Mons"),
              r -> assertThat(r).contains("name is missing"),
              r -> assertThat(r).contains("unknown manager", "nobody@acme.example"),
              r -> assertThat(r).contains("duplicate email", "line 2"),
              r -> assertThat(r).contains("'not-an-email' is not an email address"),
              r -> assertThat(r).contains("management cycle", "loop.a", "loop.b"),
              r -> assertThat(r).contains("management cycle", "loop.a", "loop.b"),
              r -> assertThat(r).contains("unknown weekday 'Funday'"));
    }

    @Test
    void shouldStoreNobodyWhenAnyRowIsWrong() {
      importing.importCsv(ACME, withErrors);

      assertThat(people.findAll(ACME)).isEmpty();
      assertThat(people.written()).isZero();
    }

    @Test
    void shouldChangeNoStoredPersonWhenAnyRowIsWrong() {
      Person ines = aPerson().withEmail("ines.ok@acme.example").withName("Ines Old").build();
      people.given(ines);

      importing.importCsv(ACME, withErrors);

      assertThat(people.findAll(ACME)).containsExactly(ines);
      assertThat(people.written()).isZero();
    }
  }

  @Nested
  class TheHeader {

    @Test
    void shouldRejectAnUnknownColumnSoThatAMisspeltOneIsNotIgnored() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME, csv("email,name,time_zone,departmnet", "ann@acme.example,Ann,UTC,Sales"));

      assertThat(rejected(outcome).errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.column()).isEqualTo("departmnet");
                assertThat(e.reason()).contains("unknown column 'departmnet'", "department");
              });
    }

    @Test
    void shouldRejectAMissingRequiredColumn() {
      ImportOutcome outcome = importing.importCsv(ACME, csv("email,name", "ann@acme.example,Ann"));

      assertThat(rejected(outcome).errors())
          .containsExactly(
              new ImportError(1, "time_zone", "required column 'time_zone' is missing"));
    }

    @Test
    void shouldRejectADuplicatedColumn() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME, csv("email,name,time_zone,Name", "ann@acme.example,Ann,UTC,Annie"));

      assertThat(rejected(outcome).errors())
          .containsExactly(new ImportError(1, "name", "column 'name' appears twice"));
    }

    @Test
    void shouldRejectAnEmptyFile() {
      assertThat(rejected(importing.importCsv(ACME, "")).errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.reason()).contains("empty", "email,name,time_zone");
              });
      assertThat(rejected(importing.importCsv(ACME, " \r\n\n")).errors()).hasSize(1);
    }

    @Test
    void shouldRejectAFileWithAHeaderButNoRows() {
      ImportOutcome outcome = importing.importCsv(ACME, csv("email,name,time_zone"));

      assertThat(rejected(outcome).errors())
          .containsExactly(new ImportError(2, "", "the file has a header but no rows"));
    }

    @Test
    void shouldRejectEveryRowWithTheWrongNumberOfFields() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone",
                  "ann@acme.example,Ann,UTC",
                  "bob@acme.example,Bob,UTC,extra",
                  "cy@acme.example,Cy"));

      assertThat(rejected(outcome).errors())
          .containsExactly(
              new ImportError(3, "", "expected 3 fields as in the header, found 4"),
              new ImportError(4, "", "expected 3 fields as in the header, found 2"));
      assertThat(people.findAll(ACME)).isEmpty();
    }

    @Test
    void shouldRejectMalformedCsvWithTheLineWhereItBreaks() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME, csv("email,name,time_zone", "ann@acme.example,\"Ann,UTC", "b,c,d"));

      assertThat(rejected(outcome).errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.reason()).contains("not valid CSV");
              });
    }

    @Test
    void shouldAcceptAByteOrderMarkBeforeTheHeader() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME, "\uFEFF" + csv("email,name,time_zone", "ann@acme.example,Ann,UTC"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(1, 0, 0));
    }

    @Test
    void shouldAcceptColumnsInAnyOrderAndCase() {
      ImportOutcome outcome =
          importing.importCsv(ACME, csv(" Time_Zone ,EMAIL,Name", "UTC,ann@acme.example,Ann"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(1, 0, 0));
      assertThat(people.get(ACME, "ann@acme.example").timeZone()).isEqualTo(ZoneId.of("UTC"));
    }
  }

  @Nested
  class RulesAcrossTheFileAndTheStore {

    @Test
    void shouldAcceptAManagerWhoIsAlreadyStored() {
      Person boss = aPerson().withEmail("boss@acme.example").build();
      people.given(boss);

      ImportOutcome outcome =
          importing.importCsv(ACME, csv(HEADER, "ann@acme.example,Ann,boss@acme.example,UTC"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(1, 0, 0));
      assertThat(people.get(ACME, "ann@acme.example").managerId()).contains(boss.id());
    }

    @Test
    void shouldNotAcceptAManagerWhoIsStoredInAnotherOrg() {
      people.given(aPerson().inOrg(GLOBEX).withEmail("boss@acme.example").build());

      ImportOutcome outcome =
          importing.importCsv(ACME, csv(HEADER, "ann@acme.example,Ann,boss@acme.example,UTC"));

      assertThat(rejected(outcome).errors())
          .extracting(ImportError::line, ImportError::column)
          .containsExactly(tuple(2, "manager_email"));
    }

    @Test
    void shouldDetectACycleBetweenAFileRowAndAStoredPerson() {
      Person boss = aPerson().withEmail("boss@acme.example").build();
      Person ann = aPerson().withEmail("ann@acme.example").withManager(boss).build();
      people.given(boss, ann);

      ImportOutcome outcome =
          importing.importCsv(ACME, csv(HEADER, "boss@acme.example,Boss,ann@acme.example,UTC"));

      assertThat(rejected(outcome).errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isEqualTo("manager_email");
                assertThat(e.reason())
                    .contains("management cycle", "boss@acme.example", "ann@acme.example");
              });
      assertThat(people.get(ACME, "boss@acme.example")).isEqualTo(boss);
    }

    @Test
    void shouldAcceptReversingAReportingLineWhenTheFileMovesBothPeople() {
      Person boss = aPerson().withEmail("boss@acme.example").build();
      Person ann = aPerson().withEmail("ann@acme.example").withManager(boss).build();
      people.given(boss, ann);

      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  HEADER,
                  "boss@acme.example,Boss,ann@acme.example,UTC",
                  "ann@acme.example,Ann,,UTC"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 2, 0));
      assertThat(people.get(ACME, "boss@acme.example").managerId()).contains(ann.id());
      assertThat(people.get(ACME, "ann@acme.example").managerId()).isEmpty();
    }

    @Test
    void shouldRejectASelfManager() {
      ImportOutcome outcome =
          importing.importCsv(ACME, csv(HEADER, "ann@acme.example,Ann,ANN@acme.example,UTC"));

      assertThat(rejected(outcome).errors())
          .containsExactly(
              new ImportError(2, "manager_email", "a person cannot be their own manager"));
    }

    @Test
    void shouldRejectASlackUserIdThatAnotherStoredPersonHolds() {
      people.given(aPerson().withEmail("ann@acme.example").withSlackUserId("U0ANN").build());

      ImportOutcome outcome =
          importing.importCsv(
              ACME, csv("email,name,time_zone,slack_user_id", "bob@acme.example,Bob,UTC,U0ANN"));

      assertThat(rejected(outcome).errors())
          .containsExactly(
              new ImportError(2, "slack_user_id", "U0ANN already belongs to ann@acme.example"));
    }

    @Test
    void shouldRejectTheSameSlackUserIdOnTwoRows() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone,slack_user_id",
                  "ann@acme.example,Ann,UTC,U0SAME",
                  "bob@acme.example,Bob,UTC,U0SAME"));

      assertThat(rejected(outcome).errors())
          .containsExactly(new ImportError(3, "slack_user_id", "U0SAME is also given on line 2"));
    }

    @Test
    void shouldTakeTeamsIdsAsOpaqueStringsLikeTheAgentsPlaygroundDefaults() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone,teams_aad_object_id",
                  "alex@acme.example,Alex,UTC,00000000-0000-0000-0000-0000000000020",
                  "megan@acme.example,Megan,UTC,00000000-0000-0000-0000-0000000000021"));

      assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
      assertThat(people.findAll(ACME))
          .extracting(p -> p.teamsAadObjectId().orElseThrow())
          .containsExactlyInAnyOrder(
              "00000000-0000-0000-0000-0000000000020", "00000000-0000-0000-0000-0000000000021");
    }

    @Test
    void shouldRejectATeamsIdWithCharactersNoIdHas() {
      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone,teams_aad_object_id",
                  "alex@acme.example,Alex,UTC,alex wilber",
                  "megan@acme.example,Megan,UTC," + "a".repeat(129)));

      assertThat(rejected(outcome).errors())
          .extracting(ImportError::line, ImportError::column)
          .containsExactly(tuple(2, "teams_aad_object_id"), tuple(3, "teams_aad_object_id"));
    }

    @Test
    void shouldRejectATeamsIdThatAnotherStoredPersonHoldsWhateverItsCase() {
      String aadId = "3305563d-8ad7-429b-be7d-64d7de684666";
      people.given(aPerson().withEmail("ann@acme.example").withTeamsAadObjectId(aadId).build());

      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone,teams_aad_object_id",
                  "bob@acme.example,Bob,UTC," + aadId.toUpperCase()));

      assertThat(rejected(outcome).errors())
          .extracting(ImportError::line, ImportError::column)
          .containsExactly(tuple(2, "teams_aad_object_id"));
    }

    @Test
    void shouldAllowMovingSlackUserIdsBetweenPeopleInTheSameFile() {
      people.given(
          aPerson().withEmail("ann@acme.example").withName("Ann").withSlackUserId("U0AAA").build(),
          aPerson().withEmail("bob@acme.example").withName("Bob").withSlackUserId("U0BBB").build());

      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone,slack_user_id",
                  "ann@acme.example,Ann,UTC,U0BBB",
                  "bob@acme.example,Bob,UTC,U0AAA"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 2, 0));
      assertThat(people.get(ACME, "ann@acme.example").slackUserId()).contains("U0BBB");
      assertThat(people.get(ACME, "bob@acme.example").slackUserId()).contains("U0AAA");
    }

    @Test
    void shouldRejectTakingAStoredSlackUserIdFromSomeoneWhoKeepsIt() {
      people.given(aPerson().withEmail("ann@acme.example").withSlackUserId("U0AAA").build());

      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,time_zone,slack_user_id",
                  "ann@acme.example,Ann,UTC,",
                  "bob@acme.example,Bob,UTC,U0AAA"));

      assertThat(rejected(outcome).errors())
          .extracting(ImportError::line, ImportError::column)
          .containsExactly(tuple(3, "slack_user_id"));
    }
  }

  @Nested
  class ReImporting {

    private final Person boss = aPerson().withEmail("boss@acme.example").build();
    private final Person ann =
        aPerson()
            .withEmail("ann@acme.example")
            .withName("Ann")
            .withManager(boss)
            .withDepartment("Design")
            .withTimeZone("Europe/Berlin")
            .withWorkingDays(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY)
            .withQuietHours("22:00", "07:00")
            .withSlackUserId("U0ANN")
            .withTeamsAadObjectId("3305563d-8ad7-429b-be7d-64d7de684666")
            .build();

    @Test
    void shouldKeepTheStoredSlackUserIdWhenTheCellIsEmpty() {
      people.given(boss, ann);

      ImportOutcome outcome =
          importing.importCsv(
              ACME,
              csv(
                  "email,name,manager_email,department,time_zone,working_days,slack_user_id",
                  "ann@acme.example,Ann,boss@acme.example,Design,Europe/Berlin,\"Sun,Mon,Tue\","));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 0, 1));
      assertThat(people.get(ACME, "ann@acme.example")).isEqualTo(ann);
    }

    @Test
    void shouldKeepStoredValuesOfColumnsTheFileLeavesOut() {
      people.given(boss, ann);

      ImportOutcome outcome =
          importing.importCsv(
              ACME, csv("email,name,time_zone", "ann@acme.example,Ann Smith,Europe/Paris"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 1, 0));
      Person after = people.get(ACME, "ann@acme.example");
      assertThat(after.name()).isEqualTo("Ann Smith");
      assertThat(after.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
      assertThat(after.id()).isEqualTo(ann.id());
      assertThat(after.managerId()).isEqualTo(ann.managerId());
      assertThat(after.department()).isEqualTo(ann.department());
      assertThat(after.workingDays()).isEqualTo(ann.workingDays());
      assertThat(after.quietHours()).isEqualTo(ann.quietHours());
      assertThat(after.slackUserId()).isEqualTo(ann.slackUserId());
      assertThat(after.teamsAadObjectId()).isEqualTo(ann.teamsAadObjectId());
    }

    @Test
    void shouldClearTheManagerWhenTheManagerCellIsEmpty() {
      people.given(boss, ann);

      importing.importCsv(ACME, csv(HEADER, "ann@acme.example,Ann,,Europe/Berlin"));

      assertThat(people.get(ACME, "ann@acme.example").managerId()).isEmpty();
    }

    @Test
    void shouldClearTheDepartmentWhenTheDepartmentCellIsEmpty() {
      people.given(boss, ann);

      importing.importCsv(
          ACME, csv("email,name,time_zone,department", "ann@acme.example,Ann,Europe/Berlin,"));

      assertThat(people.get(ACME, "ann@acme.example").department()).isEmpty();
    }

    @Test
    void shouldTellOfAReportWhoseManagerIsNowSomeoneElseOnceTheChangeIsStored() {
      Person nina = aPerson().withEmail("nina@acme.example").withName("Nina").build();
      people.given(boss, nina, ann);

      importing.importCsv(
          ACME, csv(HEADER, "ann@acme.example,Ann,nina@acme.example,Europe/Berlin"));

      assertThat(managerChanges)
          .singleElement()
          .satisfies(
              change -> {
                assertThat(change.report().id()).isEqualTo(ann.id());
                assertThat(change.report().managerId()).contains(nina.id());
                assertThat(change.formerManagerId()).isEqualTo(boss.id());
                assertThat(change.newManagerId()).isEqualTo(nina.id());
              });
      assertThat(people.get(ACME, "ann@acme.example").managerId()).contains(nina.id());
    }

    @Test
    void shouldTellOfNoManagerChangeWhenTheManagerStaysIsAddedOrIsCleared() {
      Person cy = aPerson().withEmail("cy@acme.example").withName("Cy").build();
      people.given(boss, ann, cy);

      importing.importCsv(
          ACME,
          csv(
              HEADER,
              "ann@acme.example,Ann Smith,boss@acme.example,Europe/Berlin",
              "cy@acme.example,Cy,boss@acme.example,UTC",
              "new@acme.example,New,boss@acme.example,UTC"));
      importing.importCsv(ACME, csv(HEADER, "cy@acme.example,Cy,,UTC"));

      assertThat(managerChanges).isEmpty();
    }

    @Test
    void shouldLeavePeopleWhoAreNotInTheFileAlone() {
      people.given(boss, ann);

      importing.importCsv(ACME, csv(HEADER, "cy@acme.example,Cy,ann@acme.example,UTC"));

      assertThat(people.get(ACME, "boss@acme.example")).isEqualTo(boss);
      assertThat(people.get(ACME, "ann@acme.example")).isEqualTo(ann);
      assertThat(people.get(ACME, "cy@acme.example").managerId()).contains(ann.id());
    }

    @Test
    void shouldGiveNewPeopleDefaultsForColumnsTheFileLeavesOut() {
      importing.importCsv(ACME, csv("email,name,time_zone", "New@Acme.Example,New,UTC"));

      Person created = people.get(ACME, "new@acme.example");
      assertThat(created.workingDays()).isEqualTo(WorkingDays.MONDAY_TO_FRIDAY);
      assertThat(created.quietHours())
          .isEqualTo(new QuietHours(LocalTime.of(19, 0), LocalTime.of(8, 0)));
      assertThat(created.department()).isEqualTo(Optional.empty());
      assertThat(created.managerId()).isEmpty();
      assertThat(created.slackUserId()).isEmpty();
    }
  }

  @Nested
  class ManyErrors {

    @Test
    void shouldCapTheErrorListAt500AndSayItIsTruncated() {
      ImportOutcome outcome = importing.importCsv(ACME, rowsWithBadTimeZones(600));

      ImportOutcome.Rejected rejected = rejected(outcome);
      assertThat(rejected.errors()).hasSize(500);
      assertThat(rejected.truncated()).isTrue();
      assertThat(rejected.errors()).extracting(ImportError::line).startsWith(2, 3, 4).endsWith(501);
      assertThat(people.findAll(ACME)).isEmpty();
    }

    @Test
    void shouldNotSayTruncatedWhenThereAreExactly500Errors() {
      ImportOutcome outcome = importing.importCsv(ACME, rowsWithBadTimeZones(500));

      ImportOutcome.Rejected rejected = rejected(outcome);
      assertThat(rejected.errors()).hasSize(500);
      assertThat(rejected.truncated()).isFalse();
    }

    @Test
    void shouldCapHeaderAndShapeErrorsToo() {
      String[] lines = new String[602];
      lines[0] = "email,name,time_zone";
      for (int i = 1; i < lines.length; i++) {
        lines[i] = "x";
      }

      ImportOutcome.Rejected rejected = rejected(importing.importCsv(ACME, csv(lines)));

      assertThat(rejected.errors()).hasSize(500);
      assertThat(rejected.truncated()).isTrue();
    }

    private String rowsWithBadTimeZones(int count) {
      List<String> lines = new java.util.ArrayList<>();
      lines.add("email,name,time_zone");
      IntStream.range(0, count)
          .forEach(i -> lines.add("p" + i + "@acme.example,P" + i + ",Mars/Base"));
      return csv(lines.toArray(String[]::new));
    }
  }

  private Person person(String email) {
    return people.get(ACME, email);
  }

  private static ImportOutcome.Rejected rejected(ImportOutcome outcome) {
    assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
    return (ImportOutcome.Rejected) outcome;
  }

  static String csv(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
