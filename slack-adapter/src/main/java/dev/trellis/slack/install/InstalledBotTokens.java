package dev.trellis.slack.install;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.BotTokens;
import java.util.Optional;

/**
 * The bot token of each org's workspace as the OAuth install stored it: org, then its Slack team
 * id, then that team's installation. Empty for an org without a Slack team, and for a workspace
 * that never installed the app or has uninstalled it.
 */
public final class InstalledBotTokens implements BotTokens {

  private final Orgs orgs;
  private final MongoInstallationService installations;

  public InstalledBotTokens(Orgs orgs, MongoInstallationService installations) {
    this.orgs = orgs;
    this.installations = installations;
  }

  @Override
  public Optional<String> forOrg(OrgId orgId) {
    return orgs.findById(orgId).flatMap(Org::slackTeamId).flatMap(installations::botTokenFor);
  }
}
