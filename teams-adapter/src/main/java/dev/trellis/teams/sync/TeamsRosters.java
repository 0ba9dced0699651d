package dev.trellis.teams.sync;

import dev.trellis.core.org.OrgId;
import dev.trellis.teams.TeamsConversations;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.InstalledTeams;
import dev.trellis.teams.send.TeamsOneToOne;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links an org's people to their Teams accounts from the rosters of the teams the bot is installed
 * in, opens a 1:1 conversation with each of them the bot has not talked to yet (so prompts can
 * reach them), and plans the org's steps again when anyone was linked.
 */
public final class TeamsRosters {

  private static final Logger log = LoggerFactory.getLogger(TeamsRosters.class);

  private final InstalledTeams teams;
  private final SyncingTeamsRoster roster;
  private final TeamsConversations conversations;
  private final TeamsOneToOne oneToOne;
  private final Consumer<OrgId> replan;
  private final String botId;

  /**
   * @param replan plans an org's steps again after anyone in it was linked
   */
  public TeamsRosters(
      InstalledTeams teams,
      SyncingTeamsRoster roster,
      TeamsConversations conversations,
      TeamsOneToOne oneToOne,
      Consumer<OrgId> replan,
      TeamsProperties properties) {
    this.teams = teams;
    this.roster = roster;
    this.conversations = conversations;
    this.oneToOne = oneToOne;
    this.replan = replan;
    this.botId = "28:" + (properties.appId() == null ? "" : properties.appId());
  }

  /** Each installed team's report, by team name. */
  public Map<String, TeamsRosterReport> sync(OrgId orgId) {
    Map<String, TeamsRosterReport> reports = new LinkedHashMap<>();
    boolean changed = false;
    for (InstalledTeam team : teams.findAll(orgId)) {
      TeamsRosterReport report = syncOnly(team);
      reports.put(team.name(), report);
      changed |= report.linked() > 0;
    }
    if (changed) {
      replan.accept(orgId);
    }
    return reports;
  }

  /** One team, as soon as the bot is installed in it. */
  public TeamsRosterReport sync(InstalledTeam team) {
    TeamsRosterReport report = syncOnly(team);
    if (report.linked() > 0) {
      replan.accept(team.orgId());
    }
    return report;
  }

  private TeamsRosterReport syncOnly(InstalledTeam team) {
    return roster.sync(
        team.orgId(),
        team.serviceUrl(),
        team.teamId(),
        team.tenantId(),
        botId,
        member -> openIfNew(team, member));
  }

  private void openIfNew(InstalledTeam team, SyncingTeamsRoster.KnownMember member) {
    if (conversations.find(team.orgId(), member.aadObjectId()).isPresent()) {
      return;
    }
    try {
      oneToOne.open(
          team.orgId(),
          team.serviceUrl(),
          team.tenantId(),
          botId,
          new TeamsOneToOne.Member(member.userId(), member.aadObjectId()));
    } catch (TeamsOneToOne.NotOpenedException e) {
      log.warn(
          "Teams: could not open a 1:1 conversation with a member of a team in org {} ({})",
          team.orgId(),
          e.getMessage());
    }
  }
}
