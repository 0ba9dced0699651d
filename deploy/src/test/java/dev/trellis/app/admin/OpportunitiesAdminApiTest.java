package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An org's opportunities through the admin API: a CSV import is all or nothing with each bad row's
 * line and reason, the list, the counts (never who), and another org's token refused.
 */
class OpportunitiesAdminApiTest extends AdminApiTestBase {

  static final String HEADER = "title,kind,team,skills,time_needed,closes_on,poster_email\n";

  @BeforeEach
  void givenAnOrgWithOlgaInPlatform() {
    admin.createOrg(orgId);
    Answer people =
        admin.postCsv(
            people(),
            "email,name,department,time_zone\n"
                + "olga@acme.example,Olga,Platform,Europe/Berlin\n"
                + "rita@acme.example,Rita,Design,Europe/Berlin\n");
    assertThat(people.status()).as(people.body()).isEqualTo(200);
  }

  @Test
  void aGoodFileImportsEveryRowAndTheListShowsThemWithTheirPosters() {
    Answer imported =
        admin.postCsv(
            opportunities(),
            HEADER
                + "Run the cluster upgrade,stretch,,\"kubernetes, go\",4h a week,2099-01-31,"
                + "olga@acme.example\n"
                + "Shadow a design review,shadowing,UX,,,2099-02-28,rita@acme.example\n");

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().at("/created").asInt()).isEqualTo(2);
    Answer list = admin.get(opportunities());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().size()).isEqualTo(2);
    assertThat(list.json().at("/0/number").asInt()).isEqualTo(1);
    assertThat(list.json().at("/0/team").asString()).isEqualTo("Platform");
    assertThat(list.json().at("/0/skills").toString()).isEqualTo("[\"kubernetes\",\"go\"]");
    assertThat(list.json().at("/0/status").asString()).isEqualTo("open");
    assertThat(list.json().at("/0/posterEmail").asString()).isEqualTo("olga@acme.example");
    assertThat(list.json().at("/1/kind").asString()).isEqualTo("shadowing");
    assertThat(list.json().at("/1/team").asString()).isEqualTo("UX");
  }

  @Test
  void aFileWithBadRowsIsRefusedWholeNamingEachLineAndReason() {
    Answer refused =
        admin.postCsv(
            opportunities(),
            HEADER
                + "Good one,gig,,,,2099-01-31,olga@acme.example\n"
                + ",gig,,,,2099-01-31,olga@acme.example\n"
                + "Old,gig,,,,2020-01-31,olga@acme.example\n"
                + "Odd,promotion,,,,2099-01-31,olga@acme.example\n"
                + "Nobody's,gig,,,,2099-01-31,nobody@acme.example\n"
                + "Unreadable,gig,,,,31/01/2099,olga@acme.example\n"
                + "Too long,gig,,"
                + "x".repeat(41)
                + ",,2099-01-31,olga@acme.example\n");

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    List<String> errors = new ArrayList<>();
    refused
        .json()
        .at("/errors")
        .forEach(e -> errors.add(e.at("/line").asInt() + " " + e.at("/column").asString()));
    assertThat(errors)
        .containsExactly(
            "3 title", "4 closes_on", "5 kind", "6 poster_email", "7 closes_on", "8 skills");
    assertThat(refused.json().at("/errors/1/reason").asString()).contains("is in the past");
    assertThat(refused.json().at("/errors/2/reason").asString())
        .isEqualTo(
            "'promotion' is not a kind: use stretch, shadowing, mentoring, gig, role, for"
                + " example: stretch");
    assertThat(admin.get(opportunities()).json().size()).isZero();
    assertThat(admin.postCsv(opportunities(), "title,kind\nA,gig\n").status()).isEqualTo(422);
  }

  @Test
  void theCountsSayHowManyNeverWho() {
    admin.postCsv(
        opportunities(),
        HEADER
            + "A,gig,,,,2099-01-31,olga@acme.example\n"
            + "B,role,,,,2099-01-31,olga@acme.example\n");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    Answer counts =
        admin.get(
            opportunities() + "/counts?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
    Answer before = admin.get(opportunities() + "/counts?to=" + today.minusDays(2));

    assertThat(counts.status()).as(counts.body()).isEqualTo(200);
    assertThat(counts.json().at("/counts").toString())
        .isEqualTo("{\"posted\":2,\"interestShown\":0,\"filled\":0,\"filledFromAnotherTeam\":0}");
    assertThat(counts.body()).doesNotContain("olga");
    assertThat(before.json().at("/counts/posted").asInt()).isZero();
    Answer bad = admin.get(opportunities() + "/counts?from=yesterday");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/detail").asString())
        .isEqualTo("'from' is a day written year-month-day, for example 2026-12-01");
    assertThat(admin.get(opportunities() + "/counts?from=2026-12-02&to=2026-12-01").status())
        .isEqualTo(400);
  }

  @Test
  void theOrgsOwnTokenWorksAndAnotherOrgsTokenIsRefused() {
    String other = orgId + "-other";
    admin.createOrg(other);
    AdminClient own = admin.withToken(orgToken(orgId));
    AdminClient foreign = admin.withToken(orgToken(other));

    assertThat(own.get(opportunities()).status()).isEqualTo(200);
    assertThat(foreign.get(opportunities()).status()).isEqualTo(404);
    assertThat(foreign.get(opportunities() + "/counts").status()).isEqualTo(404);
    assertThat(
            foreign
                .postCsv(opportunities(), HEADER + "A,gig,,,,2099-01-31,olga@acme.example\n")
                .status())
        .isEqualTo(404);
    assertThat(admin.get(opportunities()).json().size()).isZero();
  }

  private String opportunities() {
    return "/api/admin/orgs/" + orgId + "/opportunities";
  }
}
