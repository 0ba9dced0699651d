package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient.Answer;
import dev.trellis.testkit.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OneOnOnesImportApiTest extends AdminApiTestBase {

  @BeforeEach
  void givenTheAcmePeople() {
    admin.createOrg(orgId);
    admin.postCsv(people(), Fixtures.bytes(Fixtures.org("acme-people.csv")));
  }

  @Test
  void shouldImportEveryAcmeOneOnOne() {
    Answer imported =
        admin.postCsv(oneOnOnes(), Fixtures.bytes(Fixtures.org("acme-one-on-ones.csv")));

    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.json().at("/created").asInt()).isEqualTo(182);
    JsonNode listed = admin.get(oneOnOnes()).json();
    assertThat(listed.size()).isEqualTo(182);
    JsonNode first = listed.get(0);
    assertThat(first.at("/managerEmail").asString()).isNotBlank();
    assertThat(first.at("/firstDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void givenABadRow_thenNothingIsImportedAndTheLineIsNamed() {
    String csv =
        "manager_email,report_email,cadence,weekday,start_time,duration_minutes,time_zone\n"
            + "chen.nygaard@acme.example,erich.ghemawat@acme.example,WEEKLY,WED,16:30,30,"
            + "America/New_York\n"
            + "chen.nygaard@acme.example,nobody@acme.example,FORTNIGHTLY,WED,25:00,5,UTC\n";

    Answer answer = admin.postCsv(oneOnOnes(), csv);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/errors").size()).isEqualTo(4);
    answer.json().at("/errors").forEach(e -> assertThat(e.at("/line").asInt()).isEqualTo(3));
    assertThat(admin.get(oneOnOnes()).json().size()).isZero();
  }
}
