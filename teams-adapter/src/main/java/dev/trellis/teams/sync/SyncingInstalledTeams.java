package dev.trellis.teams.sync;

import dev.trellis.core.org.OrgId;
import dev.trellis.teams.install.InstalledTeam;
import dev.trellis.teams.install.InstalledTeams;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The teams the bot is installed in, where a team saved (just installed) has its roster synced. */
public final class SyncingInstalledTeams implements InstalledTeams {

  private final InstalledTeams stored;
  private final Supplier<TeamsRosters> rosters;

  /**
   * @param rosters found when the first team is saved: the rosters themselves read the teams
   */
  public SyncingInstalledTeams(InstalledTeams stored, Supplier<TeamsRosters> rosters) {
    this.stored = stored;
    this.rosters = rosters;
  }

  @Override
  public void save(InstalledTeam team) {
    stored.save(team);
    rosters.get().sync(team);
  }

  @Override
  public Optional<InstalledTeam> find(OrgId orgId, String teamId) {
    return stored.find(orgId, teamId);
  }

  @Override
  public List<InstalledTeam> findAll(OrgId orgId) {
    return stored.findAll(orgId);
  }

  @Override
  public void forget(OrgId orgId, String teamId) {
    stored.forget(orgId, teamId);
  }
}
