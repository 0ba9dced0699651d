package dev.trellis.slack.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import dev.trellis.core.infra.mongo.InMemoryMongo;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.BotTokens;
import dev.trellis.slack.send.SlackApiStub;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SingleWorkspaceLinkTest {

  private static final String TOKEN = SlackApiStub.TOKEN;

  @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();

  private final SlackApiStub slack = new SlackApiStub();
  private MongoOrgs orgs;
  private SingleWorkspaceLink link;

  @BeforeEach
  void setUp() {
    orgs = new MongoOrgs(mongo.db());
    link =
        new SingleWorkspaceLink(
            Slack.getInstance(SlackOAuthApp.slackConfig(slack.server().baseUrl() + "/api/")),
            orgs,
            new LinkingInstalledWorkspace(orgs));
  }

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void theTokensWorkspaceGetsAnOrgAndTheTokenIsGivenForThatOrgOnly() {
    slack.answer("auth.test", SharedFiles.slackFixture("web-api.auth.test.ok.json"));
    Org other = new Org(new OrgId("other"), "Other", Optional.of("T0OTHER"), Optional.empty());
    orgs.save(other);

    BotTokens tokens = link.link(TOKEN);

    Org linked = orgs.findBySlackTeamId("T12345678").orElseThrow();
    assertThat(linked.name()).isEqualTo("Subarachnoid Workspace");
    assertThat(tokens.forOrg(linked.id())).contains(TOKEN);
    assertThat(tokens.forOrg(other.id())).isEmpty();
  }

  @Test
  void aTokenSlackRefusesIsGivenForNoOrgAndLinksNothing() {
    slack.answer(
        "auth.test", SharedFiles.slackFixture("web-api.auth.test.error.invalid_auth.json"));
    Org other = new Org(new OrgId("other"), "Other", Optional.of("T0OTHER"), Optional.empty());
    orgs.save(other);

    BotTokens tokens = link.link(TOKEN);

    assertThat(tokens.forOrg(other.id())).isEmpty();
    assertThat(orgs.findAll()).containsExactly(other);
  }

  @Test
  void aSlackThatCannotBeReachedLeavesNoTokenInsteadOfStoppingTheService() {
    slack.close();

    BotTokens tokens = link.link(TOKEN);

    assertThat(tokens.forOrg(new OrgId("any"))).isEmpty();
    assertThat(orgs.findAll()).isEmpty();
  }
}
