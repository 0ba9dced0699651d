package dev.trellis.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.org.SavingOrg.Request;
import dev.trellis.core.org.SavingOrg.Result;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavingOrgTest {

  private static final OrgId ACME = new OrgId("acme");
  private static final OrgId GLOBEX = new OrgId("globex");
  private static final String TENANT = "8f0c4e4a-1b2c-4d3e-9f00-aabbccddeeff";

  private final InMemoryOrgs orgs = new InMemoryOrgs();
  private final SavingOrg saving = new SavingOrg(orgs);

  @Test
  void shouldCreateAnOrgThenUpdateIt() {
    Result first = saving.save(request(ACME, "Acme", "T0ACME", TENANT));
    Result second = saving.save(request(ACME, "Acme Corporation", "T0ACME", TENANT));

    Org created = new Org(ACME, "Acme", Optional.of("T0ACME"), Optional.of(TENANT));
    Org updated = new Org(ACME, "Acme Corporation", Optional.of("T0ACME"), Optional.of(TENANT));
    assertThat(first).isEqualTo(new Result.Created(created));
    assertThat(second).isEqualTo(new Result.Updated(updated));
    assertThat(orgs.findById(ACME)).contains(updated);
  }

  @Test
  void shouldTrimTheNameAndTreatBlankPlatformIdsAsNotLinked() {
    Result result = saving.save(request(ACME, "  Acme  ", "  ", ""));

    assertThat(result)
        .isEqualTo(new Result.Created(new Org(ACME, "Acme", Optional.empty(), Optional.empty())));
  }

  @Test
  void shouldRejectABlankName() {
    assertThat(saving.save(request(ACME, "   ", "T0ACME", "")))
        .isEqualTo(new Result.Invalid("name", "name is required"));
    assertThat(saving.save(new Request(ACME, null, Optional.empty(), Optional.empty())))
        .isEqualTo(new Result.Invalid("name", "name is required"));
    assertThat(orgs.findById(ACME)).isEmpty();
  }

  @Test
  void shouldRejectANameLongerThan200Characters() {
    Result result = saving.save(request(ACME, "A".repeat(201), "", ""));

    assertThat(result)
        .isInstanceOfSatisfying(Result.Invalid.class, i -> assertThat(i.field()).isEqualTo("name"));
    assertThat(saving.save(request(ACME, "A".repeat(200), "", "")))
        .isInstanceOf(Result.Created.class);
  }

  @Test
  void shouldRejectAMalformedSlackTeamId() {
    for (String malformed : new String[] {"acme", "t0acme", "U0ACME", "T0", "T0ACME!"}) {
      Result result = saving.save(request(ACME, "Acme", malformed, ""));

      assertThat(result)
          .as(malformed)
          .isInstanceOfSatisfying(
              Result.Invalid.class, i -> assertThat(i.field()).isEqualTo("slackTeamId"));
    }
    assertThat(orgs.findById(ACME)).isEmpty();
  }

  @Test
  void shouldAcceptAnEnterpriseGridIdAsSlackTeamId() {
    assertThat(saving.save(request(ACME, "Acme", "E0GRID12", "")))
        .isInstanceOf(Result.Created.class);
  }

  @Test
  void shouldRejectATenantIdWithCharactersNoIdHasOrLongerThan128() {
    for (String malformed :
        new String[] {
          "https://login.microsoftonline.com/8f0c4e4a-1b2c-4d3e-9f00-aabbccddeeff",
          "8f0c4e4a 1b2c",
          "-8f0c4e4a",
          "tenant\nFORGED log line",
          "a".repeat(129)
        }) {
      Result result = saving.save(request(ACME, "Acme", "", malformed));

      assertThat(result)
          .as(malformed)
          .isInstanceOfSatisfying(
              Result.Invalid.class, i -> assertThat(i.field()).isEqualTo("teamsTenantId"));
    }
    assertThat(orgs.findById(ACME)).isEmpty();
  }

  @Test
  void shouldAcceptTenantIdsAsOpaqueStringsLikeTheAgentsPlaygroundDefault() {
    for (String opaque :
        new String[] {
          "00000000-0000-0000-0000-0000000000001",
          "8f0c4e4a1b2c4d3e9f00aabbccddeeff",
          "a".repeat(128)
        }) {
      assertThat(saving.save(request(new OrgId("o" + opaque.length()), "Acme", "", opaque)))
          .as(opaque)
          .isInstanceOf(Result.Created.class);
    }
  }

  @Test
  void shouldRefuseASlackTeamThatAnotherOrgHolds() {
    givenSaved(request(ACME, "Acme", "T0ACME", ""));

    Result result = saving.save(request(GLOBEX, "Globex", "T0ACME", ""));

    assertThat(result)
        .isEqualTo(
            new Result.Conflict("slackTeamId", "Slack team T0ACME already belongs to another org"));
    assertThat(orgs.findById(GLOBEX)).isEmpty();
  }

  @Test
  void shouldRefuseATenantThatAnotherOrgHoldsWhateverItsCase() {
    givenSaved(request(ACME, "Acme", "", TENANT));

    Result result = saving.save(request(GLOBEX, "Globex", "", TENANT.toUpperCase()));

    assertThat(result)
        .isInstanceOfSatisfying(
            Result.Conflict.class, c -> assertThat(c.field()).isEqualTo("teamsTenantId"));
    assertThat(orgs.findById(GLOBEX)).isEmpty();
  }

  @Test
  void shouldAcceptReSavingAnOrgWithItsOwnPlatformIds() {
    givenSaved(request(ACME, "Acme", "T0ACME", TENANT));

    Result result = saving.save(request(ACME, "Acme", "T0ACME", TENANT));

    assertThat(result).isInstanceOf(Result.Updated.class);
  }

  @Test
  void shouldStoreTenantIdsInLowerCase() {
    Result result = saving.save(request(ACME, "Acme", "", TENANT.toUpperCase()));

    assertThat(result)
        .isInstanceOfSatisfying(
            Result.Created.class, c -> assertThat(c.org().teamsTenantId()).contains(TENANT));
    assertThat(orgs.findByTeamsTenantId(TENANT)).map(Org::id).contains(ACME);
  }

  @Test
  void shouldUnlinkAPlatformWhenItsIdIsLeftBlank() {
    givenSaved(request(ACME, "Acme", "T0ACME", TENANT));

    saving.save(request(ACME, "Acme", "", TENANT));

    assertThat(orgs.findById(ACME).flatMap(Org::slackTeamId)).isEmpty();
    assertThat(orgs.findBySlackTeamId("T0ACME")).isEmpty();
  }

  private void givenSaved(Request request) {
    assertThat(saving.save(request)).isInstanceOf(Result.Created.class);
  }

  private static Request request(OrgId id, String name, String slackTeamId, String tenantId) {
    return new Request(id, name, Optional.of(slackTeamId), Optional.of(tenantId));
  }
}
