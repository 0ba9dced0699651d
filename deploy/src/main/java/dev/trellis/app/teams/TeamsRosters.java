package dev.trellis.app.teams;

import dev.trellis.core.org.OrgId;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.teams.TeamsProperties;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.MongoInstalledTeams;
import dev.trellis.teams.sync.SyncingTeamsRoster;
import dev.trellis.teams.sync.TeamsRosterReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links an org's people to their Teams accounts from the rosters of the teams the bot is installed
 * in, and plans the org's steps again when anyone was linked.
 */
public final class TeamsRosters {

  private final MongoInstalledTeams teams;
  private final SyncingTeamsRoster roster;
  private final ReplanningOrg replanning;
  private final String botId;

  TeamsRosters(
      MongoInstalledTeams teams,
      SyncingTeamsRoster roster,
      ReplanningOrg replanning,
      TeamsProperties properties) {
    this.teams = teams;
    this.roster = roster;
    this.replanning = replanning;
    this.botId = "28:" + (properties.appId() == null ? "" : properties.appId());
  }

  /** Each installed team's report, by team name. */
  public Map<String, TeamsRosterReport> sync(OrgId orgId) {
    Map<String, TeamsRosterReport> reports = new LinkedHashMap<>();
    boolean changed = false;
    for (InstalledTeam team : teams.findAll(orgId)) {
      TeamsRosterReport report =
          roster.sync(orgId, team.serviceUrl(), team.teamId(), team.tenantId(), botId);
      reports.put(team.name(), report);
      changed |= report.linked() > 0;
    }
    if (changed) {
      replanning.replan(orgId);
    }
    return reports;
  }
}
