package dev.trellis.core.directory.importing;

import static dev.trellis.core.directory.PersonTestData.ACME;
import static dev.trellis.core.directory.PersonTestData.GLOBEX;
import static dev.trellis.core.directory.PersonTestData.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.InMemoryOneOnOnes;
import dev.trellis.core.directory.InMemoryPeople;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.directory.Person;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportingOneOnOnesTest {

  /**
   * Wednesday 4 March 2026, 23:30 UTC: still Wednesday in New York, already Thursday in Berlin and
   * Kolkata.
   */
  private static final Clock WEDNESDAY_NIGHT_UTC =
      Clock.fixed(Instant.parse("2026-03-04T23:30:00Z"), ZoneOffset.UTC);

  /** Thursday 12 March 2026, 15:00 UTC (11:00 in New York, after the switch to summer time). */
  private static final Clock A_WEEK_LATER =
      Clock.fixed(Instant.parse("2026-03-12T15:00:00Z"), ZoneOffset.UTC);

  private static final String HEADER =
      "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone,first_date";

  private final InMemoryPeople people = new InMemoryPeople();
  private final InMemoryOneOnOnes oneOnOnes = new InMemoryOneOnOnes();

  private final Person mia =
      aPerson().withEmail("mia@acme.example").withTimeZone("Europe/Berlin").build();
  private final Person rob =
      aPerson().withEmail("rob@acme.example").withManager(mia).withTimeZone("Asia/Kolkata").build();
  private final Person sam =
      aPerson()
          .withEmail("sam@acme.example")
          .withManager(mia)
          .withTimeZone("America/New_York")
          .build();

  @Nested
  class TheAcmeFiles {

    @Test
    void shouldImportEveryOneOnOneBetweenTheImportedPeople() {
      new ImportingPeople(people, (org, changes) -> {})
          .importCsv(ACME, OrgFixtures.read("acme-people.csv"));

      ImportOutcome outcome =
          importedAt(WEDNESDAY_NIGHT_UTC).importCsv(ACME, OrgFixtures.read("acme-one-on-ones.csv"));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(182, 0, 0));
      assertThat(oneOnOnes.findAll(ACME)).hasSize(182);
      OneOnOne chenAndErich =
          between(
              people.get(ACME, "chen.nygaard@acme.example"),
              people.get(ACME, "erich.ghemawat@acme.example"));
      assertThat(chenAndErich.cadence()).isEqualTo(Cadence.BIWEEKLY);
      assertThat(chenAndErich.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
      assertThat(chenAndErich.startTime()).isEqualTo(LocalTime.of(16, 30));
      assertThat(chenAndErich.duration()).isEqualTo(Duration.ofMinutes(30));
      assertThat(chenAndErich.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
      assertThat(chenAndErich.firstDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void shouldReportEveryOneOnOneUnchangedWhenTheFileIsImportedAgain() {
      new ImportingPeople(people, (org, changes) -> {})
          .importCsv(ACME, OrgFixtures.read("acme-people.csv"));
      String file = OrgFixtures.read("acme-one-on-ones.csv");
      importedAt(WEDNESDAY_NIGHT_UTC).importCsv(ACME, file);
      int writesOfFirstImport = oneOnOnes.written();

      ImportOutcome outcome = importedAt(A_WEEK_LATER).importCsv(ACME, file);

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 0, 182));
      assertThat(oneOnOnes.written()).isEqualTo(writesOfFirstImport);
    }
  }

  @Nested
  class BadRows {

    static Stream<Arguments> badRows() {
      return Stream.of(
          arguments(
              "nobody@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,Europe/Berlin,",
              "manager_email",
              "unknown person 'nobody@acme.example'"),
          arguments(
              "mia@acme.example,nobody@acme.example,WEEKLY,WED,14:00,30,Europe/Berlin,",
              "report_email",
              "unknown person 'nobody@acme.example'"),
          arguments(
              "not-an-email,rob@acme.example,WEEKLY,WED,14:00,30,Europe/Berlin,",
              "manager_email",
              "not an email address"),
          arguments(
              "mia@acme.example,,WEEKLY,WED,14:00,30,Europe/Berlin,",
              "report_email",
              "report email is missing"),
          arguments(
              "mia@acme.example,MIA@acme.example,WEEKLY,WED,14:00,30,Europe/Berlin,",
              "report_email",
              "two different people"),
          arguments(
              "mia@acme.example,rob@acme.example,DAILY,WED,14:00,30,Europe/Berlin,",
              "cadence",
              "unknown cadence 'DAILY'"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,FUNDAY,14:00,30,Europe/Berlin,",
              "weekday",
              "unknown weekday 'FUNDAY'"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,25:00,30,Europe/Berlin,",
              "start_time",
              "must be HH:mm"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,2pm,30,Europe/Berlin,",
              "start_time",
              "must be HH:mm"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,10,Europe/Berlin,",
              "duration_minutes",
              "duration '10' must be a whole number of minutes from 15 to 480"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,600,Europe/Berlin,",
              "duration_minutes",
              "duration '600' must be a whole number of minutes from 15 to 480"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,abc,Europe/Berlin,",
              "duration_minutes",
              "duration 'abc' must be a whole number"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,Mars/Base,",
              "time_zone",
              "unknown time zone 'Mars/Base'"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,Europe/Berlin,2026-03-05",
              "first_date",
              "first date 2026-03-05 is not a WEDNESDAY"),
          arguments(
              "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,Europe/Berlin,04/03/2026",
              "first_date",
              "must be YYYY-MM-DD"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("badRows")
    void shouldRejectABadRowWithItsLineAndColumn(String row, String column, String reason) {
      givenStored(mia, rob);

      ImportOutcome outcome = importedAt(WEDNESDAY_NIGHT_UTC).importCsv(ACME, csv(row));

      assertThat(rejected(outcome).errors())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isEqualTo(column);
                assertThat(e.reason()).contains(reason);
              });
      assertThat(oneOnOnes.findAll(ACME)).isEmpty();
    }

    @Test
    void shouldRejectASecondOneOnOneForTheSamePair() {
      givenStored(mia, rob);

      ImportOutcome outcome =
          importedAt(WEDNESDAY_NIGHT_UTC)
              .importCsv(
                  ACME,
                  csv(
                      "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,,",
                      "mia@acme.example,rob@acme.example,MONTHLY,FRI,09:00,60,,"));

      assertThat(rejected(outcome).errors())
          .containsExactly(
              new ImportError(
                  3, "report_email", "this manager and report already have a 1:1 on line 2"));
    }

    @Test
    void shouldStoreNoOneOnOneWhenAnyRowIsBad() {
      givenStored(mia, rob, sam);

      ImportOutcome outcome =
          importedAt(WEDNESDAY_NIGHT_UTC)
              .importCsv(
                  ACME,
                  csv(
                      "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,,",
                      "mia@acme.example,sam@acme.example,WEEKLY,WEDNESDAY,14:00,5,,"));

      assertThat(rejected(outcome).errors())
          .extracting(ImportError::line, ImportError::column)
          .containsExactly(tuple(3, "duration_minutes"));
      assertThat(oneOnOnes.findAll(ACME)).isEmpty();
    }

    @Test
    void shouldNotFindPeopleOfAnotherOrg() {
      people.given(
          aPerson().inOrg(GLOBEX).withEmail("mia@acme.example").build(),
          aPerson().inOrg(GLOBEX).withEmail("rob@acme.example").build());

      ImportOutcome outcome =
          importedAt(WEDNESDAY_NIGHT_UTC)
              .importCsv(ACME, csv("mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,,"));

      assertThat(rejected(outcome).errors())
          .extracting(ImportError::column)
          .containsExactly("manager_email", "report_email");
    }
  }

  @Nested
  class TimeZonesAndFirstDates {

    @Test
    void shouldUseTheManagersTimeZoneWhenTheCellIsEmpty() {
      givenStored(mia, rob);

      importedAt(WEDNESDAY_NIGHT_UTC)
          .importCsv(ACME, csv("mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,,"));

      assertThat(between(mia, rob).timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void shouldUseTheManagersTimeZoneWhenTheFileHasNoTimeZoneColumn() {
      givenStored(mia, rob);

      importedAt(WEDNESDAY_NIGHT_UTC)
          .importCsv(
              ACME,
              "manager_email,report_email,cadence,weekday,start_time,duration_minutes\n"
                  + "mia@acme.example,rob@acme.example,weekly,Wed,9:00,45\n");

      OneOnOne oneOnOne = between(mia, rob);
      assertThat(oneOnOne.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
      assertThat(oneOnOne.startTime()).isEqualTo(LocalTime.of(9, 0));
      assertThat(oneOnOne.duration()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void shouldStartOnTheNextSuchWeekdayInTheOneOnOnesOwnTimeZone() {
      givenStored(mia, rob, sam);

      importedAt(WEDNESDAY_NIGHT_UTC)
          .importCsv(
              ACME,
              csv(
                  "mia@acme.example,rob@acme.example,WEEKLY,WED,14:00,30,Asia/Kolkata,",
                  "mia@acme.example,sam@acme.example,WEEKLY,WED,14:00,30,America/New_York,"));

      // Already Thursday in Kolkata, so the next Wednesday; still Wednesday in New York, so today.
      assertThat(between(mia, rob).firstDate()).isEqualTo(LocalDate.of(2026, 3, 11));
      assertThat(between(mia, sam).firstDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void shouldUseTheFirstDateTheFileGives() {
      givenStored(mia, rob);

      importedAt(WEDNESDAY_NIGHT_UTC)
          .importCsv(
              ACME, csv("mia@acme.example,rob@acme.example,BIWEEKLY,WED,14:00,30,,2026-04-01"));

      assertThat(between(mia, rob).firstDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }
  }

  @Nested
  class ReImporting {

    private static final String BIWEEKLY_WEDNESDAY =
        "mia@acme.example,sam@acme.example,BIWEEKLY,WED,14:00,30,America/New_York,";

    @Test
    void shouldKeepTheStoredFirstDateSoABiweeklyOneOnOneDoesNotFlipWeeks() {
      givenImportedAt(WEDNESDAY_NIGHT_UTC, BIWEEKLY_WEDNESDAY);
      OneOnOne before = between(mia, sam);

      ImportOutcome outcome = importedAt(A_WEEK_LATER).importCsv(ACME, csv(BIWEEKLY_WEDNESDAY));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 0, 1));
      assertThat(between(mia, sam)).isEqualTo(before);
      assertThat(before.firstDate()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void shouldKeepTheStoredFirstDateAndIdWhenOnlyTheStartTimeChanges() {
      givenImportedAt(WEDNESDAY_NIGHT_UTC, BIWEEKLY_WEDNESDAY);
      OneOnOne before = between(mia, sam);

      ImportOutcome outcome =
          importedAt(A_WEEK_LATER)
              .importCsv(ACME, csv(BIWEEKLY_WEDNESDAY.replace("14:00", "15:30")));

      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(0, 1, 0));
      OneOnOne after = between(mia, sam);
      assertThat(after.id()).isEqualTo(before.id());
      assertThat(after.startTime()).isEqualTo(LocalTime.of(15, 30));
      assertThat(after.firstDate()).isEqualTo(before.firstDate());
    }

    @Test
    void shouldChooseANewFirstDateWhenTheWeekdayChanges() {
      givenImportedAt(WEDNESDAY_NIGHT_UTC, BIWEEKLY_WEDNESDAY);

      importedAt(A_WEEK_LATER).importCsv(ACME, csv(BIWEEKLY_WEDNESDAY.replace(",WED,", ",THU,")));

      assertThat(between(mia, sam).firstDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void shouldChooseANewFirstDateWhenTheCadenceChanges() {
      givenImportedAt(WEDNESDAY_NIGHT_UTC, BIWEEKLY_WEDNESDAY);

      importedAt(A_WEEK_LATER)
          .importCsv(ACME, csv(BIWEEKLY_WEDNESDAY.replace("BIWEEKLY", "WEEKLY")));

      assertThat(between(mia, sam).firstDate()).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void shouldUseAFirstDateTheFileGivesOverTheStoredOne() {
      givenImportedAt(WEDNESDAY_NIGHT_UTC, BIWEEKLY_WEDNESDAY);

      importedAt(A_WEEK_LATER).importCsv(ACME, csv(BIWEEKLY_WEDNESDAY + "2026-03-11"));

      assertThat(between(mia, sam).firstDate()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    private void givenImportedAt(Clock clock, String row) {
      givenStored(mia, sam);
      ImportOutcome outcome = importedAt(clock).importCsv(ACME, csv(row));
      assertThat(outcome).isEqualTo(new ImportOutcome.Imported(1, 0, 0));
    }
  }

  private void givenStored(Person... stored) {
    people.given(stored);
  }

  private ImportingOneOnOnes importedAt(Clock clock) {
    return new ImportingOneOnOnes(people, oneOnOnes, clock);
  }

  private OneOnOne between(Person manager, Person report) {
    return oneOnOnes.findAll(manager.orgId()).stream()
        .filter(o -> o.managerId().equals(manager.id()) && o.reportId().equals(report.id()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("No 1:1 between " + manager.email() + " and " + report.email()));
  }

  private static ImportOutcome.Rejected rejected(ImportOutcome outcome) {
    assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
    return (ImportOutcome.Rejected) outcome;
  }

  private static String csv(String... rows) {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }
}
