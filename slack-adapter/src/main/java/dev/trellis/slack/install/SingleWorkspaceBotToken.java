package dev.trellis.slack.install;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import dev.trellis.slack.BotTokens;
import java.util.Objects;
import java.util.Optional;

/**
 * The one configured bot token ({@code SLACK_BOT_TOKEN}) of a single-workspace install. It belongs
 * to one Slack team (the {@code team_id} {@code auth.test} answers for it), so it is given only for
 * the org linked to that team: an org of another workspace, or a Teams-only org, gets nothing
 * rather than a token that would post into the wrong workspace.
 */
public final class SingleWorkspaceBotToken implements BotTokens {

  private final String botToken;
  private final String teamId;
  private final Orgs orgs;

  /**
   * @param teamId the team id {@code auth.test} returned for {@code botToken}
   */
  public SingleWorkspaceBotToken(String botToken, String teamId, Orgs orgs) {
    if (botToken == null || botToken.isBlank()) {
      throw new IllegalArgumentException("A single-workspace install needs SLACK_BOT_TOKEN");
    }
    if (teamId == null || teamId.isBlank()) {
      throw new IllegalArgumentException("The bot token's team id (from auth.test) is needed");
    }
    this.botToken = botToken;
    this.teamId = teamId;
    this.orgs = Objects.requireNonNull(orgs, "orgs");
  }

  @Override
  public Optional<String> forOrg(OrgId orgId) {
    return orgs.findById(orgId)
        .flatMap(Org::slackTeamId)
        .filter(teamId::equals)
        .map(linked -> botToken);
  }

  @Override
  public String toString() {
    return "SingleWorkspaceBotToken[teamId=" + teamId + "]";
  }
}
