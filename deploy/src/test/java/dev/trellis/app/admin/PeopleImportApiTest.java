package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PeopleImportApiTest extends AdminApiTestBase {

  static final String HEADER =
      "email,name,manager_email,department,time_zone,working_days,slack_user_id,"
          + "teams_aad_object_id\n";

  @BeforeEach
  void givenAnOrg() {
    admin.createOrg(orgId);
  }

  @Test
  void shouldImportTheAcmePeopleAndListThemInPages() {
    Answer imported = admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.json().at("/created").asInt()).isEqualTo(183);
    JsonNode page = admin.get(people() + "?page=0&size=50").json();
    assertThat(page.at("/totalItems").asLong()).isEqualTo(183);
    assertThat(page.at("/totalPages").asLong()).isEqualTo(4);
    assertThat(page.at("/items").size()).isEqualTo(50);
    JsonNode last = admin.get(people() + "?page=3&size=50").json();
    assertThat(last.at("/items").size()).isEqualTo(33);
  }

  @Test
  void shouldSearchTheDirectoryByEmailNameOrDepartmentAndPageTheMatches() {
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    JsonNode cynthia = admin.get(people() + "?q=Cynthia%20DLAMINI").json();
    assertThat(cynthia.at("/totalItems").asLong()).isEqualTo(1);
    assertThat(cynthia.at("/items/0/email").asString()).isEqualTo("cynthia.dlamini@acme.example");
    JsonNode engineers = admin.get(people() + "?q=engineering&page=1&size=10").json();
    assertThat(engineers.at("/totalItems").asLong()).isEqualTo(31);
    assertThat(engineers.at("/items").size()).isEqualTo(10);
    engineers
        .at("/items")
        .forEach(p -> assertThat(p.at("/department").asString()).isEqualTo("Engineering"));
    assertThat(admin.get(people() + "?q=.*").json().at("/totalItems").asLong()).isZero();
    Answer tooLong = admin.get(people() + "?q=" + "x".repeat(101));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().at("/detail").asString()).contains("q is at most 100");
  }

  @Test
  void shouldShowEveryFieldOfAPerson() {
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    JsonNode cynthia = find("cynthia.dlamini@acme.example");

    assertThat(cynthia.at("/name").asString()).isEqualTo("Cynthia Dlamini");
    assertThat(cynthia.at("/managerEmail").asString()).isEqualTo("erich.ghemawat@acme.example");
    assertThat(cynthia.at("/department").asString()).isEqualTo("Engineering");
    assertThat(cynthia.at("/timeZone").asString()).isEqualTo("Asia/Kolkata");
    assertThat(cynthia.at("/workingDays").toString())
        .isEqualTo("[\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"]");
    assertThat(cynthia.at("/quietHours").asString()).isEqualTo("19:00-08:00");
    assertThat(cynthia.at("/slackUserId").asString()).isEqualTo("USR3YZGKK83");
    assertThat(cynthia.at("/teamsAadObjectId").asString())
        .isEqualTo("547c17d3-ac91-4651-9fa6-ca3aac333b68");
    assertThat(find("chen.nygaard@acme.example").at("/managerEmail").isNull()).isTrue();
    assertThat(find("guido.thompson@acme.example").at("/slackUserId").isNull()).isTrue();
  }

  @Test
  void givenTheSameFileAgain_thenNothingChanges() {
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    Answer again = admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    assertThat(again.json().at("/created").asInt()).isZero();
    assertThat(again.json().at("/updated").asInt()).isZero();
    assertThat(again.json().at("/unchanged").asInt()).isEqualTo(183);
  }

  @Test
  void givenPeopleWithErrors_thenAllEightAreReportedAndNothingChanges() {
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));

    Answer answer = admin.postCsv(people(), Fixtures.bytes(Fixtures.org("people-with-errors.csv")));

    assertThat(answer.status()).isEqualTo(422);
    List<String> errors = new ArrayList<>();
    answer
        .json()
        .at("/errors")
        .forEach(e -> errors.add(e.at("/line").asInt() + " " + e.at("/column").asString()));
    assertThat(errors)
        .containsExactly(
            "3 time_zone",
            "4 name",
            "5 manager_email",
            "6 email",
            "7 email",
            "8 manager_email",
            "9 manager_email",
            "10 working_days");
    assertThat(answer.json().at("/errors/0/reason").asString()).contains("Mars/Olympus_Mons");
    assertThat(answer.json().at("/errors/3/reason").asString()).contains("line 2");
    assertThat(answer.json().at("/errors/5/reason").asString())
        .startsWith("management cycle: loop.a@acme.example");
    assertThat(admin.get(people()).json().at("/totalItems").asLong()).isEqualTo(183);
    assertThat(admin.get(people() + "?size=500").body()).doesNotContain("ines.ok@acme.example");
  }

  @Test
  void givenAnUnknownColumn_thenIs422NamingIt() {
    Answer answer = admin.postCsv(people(), "email,name,time_zone,shoe_size\na@x.io,A,UTC,42\n");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/0/line").asInt()).isEqualTo(1);
    assertThat(answer.json().at("/errors/0/reason").asString()).contains("shoe_size");
  }

  @Test
  void givenAnEmptyFile_thenIs422SayingWhatIsExpected() {
    Answer answer = admin.postCsv(people(), "");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors/0/reason").asString()).contains("empty", "email,name");
  }

  @Test
  void givenAFileOver1Megabyte_thenIs413SayingWhichSettingAndNothingIsRead() {
    Answer answer = admin.postCsv(people(), csvOf(1536 * 1024));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.json().at("/detail").asString()).contains("TRELLIS_IMPORT_MAX_SIZE");
    assertThat(admin.get(people()).json().at("/totalItems").asLong()).isZero();
  }

  /**
   * Tomcat reads and discards at most 2 MB of a refused request so that its answer reaches the
   * client; the rest of a 20 MB file is not read: the connection is closed, and nothing is stored.
   */
  @Test
  void givenAFileOf20Megabytes_thenNothingIsReadAndAtMost2MegabytesAreSwallowed() {
    String big = csvOf(20 * 1024 * 1024);

    try {
      Answer answer = admin.postCsv(people(), big);
      assertThat(answer.status()).isEqualTo(413);
    } catch (java.io.UncheckedIOException closed) {
      assertThat(closed).hasRootCauseInstanceOf(java.io.IOException.class);
    }
    assertThat(admin.get(people()).json().at("/totalItems").asLong()).isZero();
  }

  private static String csvOf(int size) {
    StringBuilder big = new StringBuilder(HEADER);
    for (int i = 0; big.length() < size; i++) {
      big.append("p")
          .append(i)
          .append("@acme.example,Person ")
          .append(i)
          .append(",,Sales,Europe/Berlin,\"Mon,Tue\",,\n");
    }
    return big.toString();
  }

  @Test
  void givenAFileThatIsNotUtf8_thenIs415SayingHowToSaveIt() {
    byte[] latin1 =
        (HEADER + "jose@acme.example,Jos\u00e9 Mu\u00f1oz,,Sales,Europe/Madrid,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    Answer answer = admin.postCsv(people(), latin1);

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.json().at("/detail").asString()).contains("UTF-8", "line 2");
    assertThat(admin.get(people()).json().at("/totalItems").asLong()).isZero();
  }

  @Test
  void givenLatin1DeclaredInTheContentType_thenNamesAreReadRight() {
    byte[] latin1 =
        (HEADER + "jose@acme.example,Jos\u00e9 Mu\u00f1oz,,Sales,Europe/Madrid,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    Answer answer = admin.postCsv(people(), latin1, "text/csv; charset=ISO-8859-1");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(find("jose@acme.example").at("/name").asString()).isEqualTo("Jos\u00e9 Mu\u00f1oz");
  }

  @Test
  void givenAnotherContentType_thenIs415() {
    Answer answer =
        admin.postCsv(people(), "{}".getBytes(StandardCharsets.UTF_8), "application/json");

    assertThat(answer.status()).isEqualTo(415);
  }

  @Test
  void givenBadPagingParameters_thenIs400() {
    assertThat(admin.get(people() + "?size=0").status()).isEqualTo(400);
    assertThat(admin.get(people() + "?size=501").status()).isEqualTo(400);
    assertThat(admin.get(people() + "?page=-1").status()).isEqualTo(400);
    assertThat(admin.get(people() + "?page=abc").status()).isEqualTo(400);
  }

  private JsonNode find(String email) {
    for (JsonNode person : admin.get(people() + "?size=500").json().at("/items")) {
      if (person.at("/email").asString().equals(email)) {
        return person;
      }
    }
    throw new AssertionError(email + " is not listed");
  }
}
