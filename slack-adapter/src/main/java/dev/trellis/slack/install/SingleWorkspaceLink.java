package dev.trellis.slack.install;

import com.slack.api.Slack;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.BotTokens;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one workspace of {@code SLACK_BOT_TOKEN}, asked at start-up which team it is ({@code
 * auth.test}), gets its org. A token Slack refuses, or a Slack that cannot be reached, leaves the
 * service running with no token for any org, and says so in the log.
 */
public final class SingleWorkspaceLink {

  private static final Logger log = LoggerFactory.getLogger(SingleWorkspaceLink.class);

  private final Slack slack;
  private final Orgs orgs;
  private final LinkingInstalledWorkspace linking;

  public SingleWorkspaceLink(Slack slack, Orgs orgs, LinkingInstalledWorkspace linking) {
    this.slack = slack;
    this.orgs = orgs;
    this.linking = linking;
  }

  /** Links the token's workspace to its org; the token is given for that org only. */
  public BotTokens link(String botToken) {
    try {
      AuthTestResponse auth = slack.methods(botToken).authTest(r -> r);
      if (!auth.isOk()) {
        log.error(
            "Slack refused SLACK_BOT_TOKEN ({}): nothing can be sent to Slack until it is fixed",
            auth.getError());
        return orgId -> Optional.empty();
      }
      LinkingInstalledWorkspace.Result linked =
          linking.link(
              new InstalledWorkspace(auth.getTeamId(), auth.getEnterpriseId(), auth.getTeam()));
      log.info(
          "Slack workspace {} ({}): {}; GET /api/admin/orgs lists every org",
          auth.getTeam(),
          auth.getTeamId(),
          linked.inWords());
      return new SingleWorkspaceBotToken(botToken, auth.getTeamId(), orgs);
    } catch (Exception e) {
      log.error(
          "Could not reach Slack to check SLACK_BOT_TOKEN ({}); restart once Slack is reachable",
          e.getClass().getSimpleName());
      return orgId -> Optional.empty();
    }
  }
}
