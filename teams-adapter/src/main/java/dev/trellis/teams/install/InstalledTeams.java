package dev.trellis.teams.install;

import dev.trellis.core.org.OrgId;
import java.util.List;
import java.util.Optional;

/** The teams the bot is installed in, per org (tenant). */
public interface InstalledTeams {

  /** Stores or replaces the team. */
  void save(InstalledTeam team);

  Optional<InstalledTeam> find(OrgId orgId, String teamId);

  /** Every team of the org the bot is installed in, for the roster sync. */
  List<InstalledTeam> findAll(OrgId orgId);

  /** The bot was removed from the team. */
  void forget(OrgId orgId, String teamId);
}
