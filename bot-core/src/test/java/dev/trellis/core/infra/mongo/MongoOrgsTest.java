package dev.trellis.core.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoOrgsTest {

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private static final String TENANT = "8f0c4e4a-1b2c-4d3e-9f00-aabbccddeeff";

  private MongoOrgs orgs;

  @BeforeEach
  void setUp() {
    orgs = new MongoOrgs(mongo.db());
  }

  @Test
  void shouldRoundTripAnOrgWithBothPlatforms() {
    Org acme = org("acme", Optional.of("T0ACME"), Optional.of(TENANT));

    orgs.save(acme);

    assertThat(orgs.findById(acme.id())).contains(acme);
  }

  @Test
  void shouldRoundTripAnOrgWithoutPlatformIds() {
    Org bare = org("bare", Optional.empty(), Optional.empty());

    orgs.save(bare);

    assertThat(orgs.findById(bare.id())).contains(bare);
  }

  @Test
  void shouldFindAnOrgBySlackTeamIdAndByTenantId() {
    Org acme = org("acme", Optional.of("T0ACME"), Optional.empty());
    Org globex = org("globex", Optional.empty(), Optional.of(TENANT));
    orgs.save(acme);
    orgs.save(globex);

    assertThat(orgs.findBySlackTeamId("T0ACME")).contains(acme);
    assertThat(orgs.findByTeamsTenantId(TENANT)).contains(globex);
    assertThat(orgs.findBySlackTeamId("T0OTHER")).isEmpty();
    assertThat(orgs.findByTeamsTenantId("00000000-0000-0000-0000-000000000000")).isEmpty();
    assertThat(orgs.findById(new OrgId("nobody"))).isEmpty();
  }

  @Test
  void shouldReplaceAnOrgSavedAgainAndForgetAnUnlinkedTeam() {
    orgs.save(org("acme", Optional.of("T0ACME"), Optional.empty()));
    Org unlinked = org("acme", Optional.empty(), Optional.of(TENANT));

    orgs.save(unlinked);

    assertThat(orgs.findById(unlinked.id())).contains(unlinked);
    assertThat(orgs.findBySlackTeamId("T0ACME")).isEmpty();
  }

  @Test
  void shouldRefuseTwoOrgsWithTheSameSlackTeamIdInTheDatabase() {
    orgs.save(org("acme", Optional.of("T0ACME"), Optional.empty()));

    assertThatThrownBy(() -> orgs.save(org("impostor", Optional.of("T0ACME"), Optional.empty())))
        .isInstanceOfSatisfying(
            MongoWriteException.class,
            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    assertThat(orgs.findById(new OrgId("impostor"))).isEmpty();
  }

  @Test
  void shouldRefuseTwoOrgsWithTheSameTenantIdInTheDatabase() {
    orgs.save(org("acme", Optional.empty(), Optional.of(TENANT)));

    assertThatThrownBy(() -> orgs.save(org("impostor", Optional.empty(), Optional.of(TENANT))))
        .isInstanceOfSatisfying(
            MongoWriteException.class,
            e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
  }

  @Test
  void shouldAcceptManyOrgsWithoutPlatformIdsBecauseTheIndexesAreSparse() {
    orgs.save(org("teams-only", Optional.empty(), Optional.of(TENANT)));
    orgs.save(org("slack-only", Optional.of("T0SLACK"), Optional.empty()));
    orgs.save(org("neither-one", Optional.empty(), Optional.empty()));
    orgs.save(org("neither-two", Optional.empty(), Optional.empty()));

    assertThat(mongo.db().getCollection(MongoSchema.ORGS).countDocuments()).isEqualTo(4);
  }

  @Test
  void shouldListEveryOrgOrderedById() {
    Org globex = org("globex", Optional.empty(), Optional.of(TENANT));
    Org acme = org("acme", Optional.of("T0ACME"), Optional.empty());
    orgs.save(globex);
    orgs.save(acme);

    assertThat(orgs.findAll()).containsExactly(acme, globex);
  }

  private static Org org(String id, Optional<String> slackTeamId, Optional<String> tenantId) {
    return new Org(new OrgId(id), "Org " + id, slackTeamId, tenantId);
  }
}
