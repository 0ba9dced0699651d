package dev.trellis.app.admin;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.teams.sync.TeamsRosterReport;
import dev.trellis.teams.sync.TeamsRosters;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Links an org's people to their Teams accounts now, instead of waiting for the daily sync. */
@RestController
class TeamsAdminController {

  private final Orgs orgs;
  private final TeamsRosters rosters;

  TeamsAdminController(Orgs orgs, TeamsRosters rosters) {
    this.orgs = orgs;
    this.rosters = rosters;
  }

  /** What the sync of one team did; members not found in Trellis are listed for the admin. */
  record TeamView(
      String team,
      boolean complete,
      int seen,
      int linked,
      int alreadyLinked,
      int guests,
      int withoutEmail,
      int conflicts,
      List<String> notInTrellis,
      String stoppedBy) {

    static TeamView of(String team, TeamsRosterReport r) {
      return new TeamView(
          team,
          r.stoppedBy().isEmpty(),
          r.seen(),
          r.linked(),
          r.alreadyLinked(),
          r.guests(),
          r.withoutEmail(),
          r.conflicts(),
          r.notInTrellis(),
          r.stoppedBy().orElse(null));
    }
  }

  @PostMapping("/api/admin/orgs/{orgId}/teams/sync")
  List<TeamView> sync(@PathVariable String orgId) {
    Org org = OrgPaths.existing(orgs, orgId);
    if (org.teamsTenantId().isEmpty()) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "Org " + orgId + " has no Teams tenant: set its teamsTenantId, or install Trellis there");
    }
    Map<String, TeamsRosterReport> reports = rosters.sync(org.id());
    return reports.entrySet().stream().map(e -> TeamView.of(e.getKey(), e.getValue())).toList();
  }
}
