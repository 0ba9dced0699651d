package dev.trellis.app.admin;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.slack.sync.SlackSyncReport;
import dev.trellis.slack.sync.SyncingSlackDirectory;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Links an org's people to their Slack accounts now, instead of waiting for the daily sync. */
@RestController
class SlackAdminController {

  private final Orgs orgs;
  private final ObjectProvider<SyncingSlackDirectory> sync;
  private final ReplanningOrg replanning;

  SlackAdminController(
      Orgs orgs, ObjectProvider<SyncingSlackDirectory> sync, ReplanningOrg replanning) {
    this.orgs = orgs;
    this.sync = sync;
    this.replanning = replanning;
  }

  /** What a sync did; the members not found in Trellis by email are listed for the admin. */
  record SyncView(
      boolean complete,
      int seen,
      int linked,
      int relinked,
      int alreadyLinked,
      int unlinked,
      int skippedDeleted,
      int skippedBots,
      int skippedGuests,
      int withoutEmail,
      int timeZonesUpdated,
      List<Member> notInTrellis,
      String stoppedBy) {

    record Member(String slackUserId, String email) {}

    static SyncView of(SlackSyncReport r) {
      return new SyncView(
          r.complete(),
          r.seen(),
          r.linked(),
          r.relinked(),
          r.alreadyLinked(),
          r.unlinked(),
          r.skippedDeleted(),
          r.skippedBots(),
          r.skippedGuests(),
          r.withoutEmail(),
          r.timeZonesUpdated(),
          r.notInTrellis().stream()
              .map(u -> new Member(u.slackUserId(), u.email().value()))
              .toList(),
          r.stoppedBy().orElse(null));
    }
  }

  @PostMapping("/api/admin/orgs/{orgId}/slack/sync")
  SyncView sync(@PathVariable String orgId) {
    Org org = OrgPaths.existing(orgs, orgId);
    SyncingSlackDirectory syncing = sync.getIfAvailable();
    if (syncing == null) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "Slack is not configured on this Trellis (see README, Connect Slack)");
    }
    if (org.slackTeamId().isEmpty()) {
      throw new AdminApiException(
          HttpStatus.CONFLICT,
          "Org "
              + orgId
              + " has no Slack workspace: set its slackTeamId, or install Trellis there");
    }
    SlackSyncReport report = syncing.sync(org.id());
    if (report.changedAnyone()) {
      replanning.replan(org.id());
    }
    return SyncView.of(report);
  }
}
