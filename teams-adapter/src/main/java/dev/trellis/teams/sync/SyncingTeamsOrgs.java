package dev.trellis.teams.sync;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily roster sync: each org with a Teams tenant has its people linked from the rosters of its
 * teams. One org failing does not stop the others; the next day's run tries it again.
 */
public final class SyncingTeamsOrgs {

  private static final Logger log = LoggerFactory.getLogger(SyncingTeamsOrgs.class);

  private final Orgs orgs;
  private final TeamsRosters rosters;

  public SyncingTeamsOrgs(Orgs orgs, TeamsRosters rosters) {
    this.orgs = orgs;
    this.rosters = rosters;
  }

  public void syncEveryOrg() {
    for (Org org : orgs.findAll()) {
      if (org.teamsTenantId().isPresent()) {
        try {
          rosters.sync(org.id());
        } catch (RuntimeException e) {
          log.error(
              "Teams roster sync of {} failed ({}); tomorrow's tries again",
              org.id(),
              e.getClass().getSimpleName());
        }
      }
    }
  }
}
