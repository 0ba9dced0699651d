package dev.trellis.slack.sync;

import dev.trellis.core.org.Org;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.org.Orgs;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily directory sync: each org with a Slack workspace has its people linked to their Slack
 * accounts, and its steps planned again when anyone changed. One org failing does not stop the
 * others; the next day's run tries it again.
 */
public final class SyncingSlackOrgs {

  private static final Logger log = LoggerFactory.getLogger(SyncingSlackOrgs.class);

  private final Orgs orgs;
  private final SyncingSlackDirectory directory;
  private final Consumer<OrgId> replan;

  /**
   * @param replan plans an org's steps again after its people changed
   */
  public SyncingSlackOrgs(Orgs orgs, SyncingSlackDirectory directory, Consumer<OrgId> replan) {
    this.orgs = orgs;
    this.directory = directory;
    this.replan = replan;
  }

  public void syncEveryOrg() {
    for (Org org : orgs.findAll()) {
      if (org.slackTeamId().isPresent()) {
        syncOne(org.id());
      }
    }
  }

  private void syncOne(OrgId orgId) {
    try {
      if (directory.sync(orgId).changedAnyone()) {
        replan.accept(orgId);
      }
    } catch (RuntimeException e) {
      log.error(
          "Slack directory sync of {} failed ({}); tomorrow's tries again",
          orgId,
          e.getClass().getSimpleName());
    }
  }
}
