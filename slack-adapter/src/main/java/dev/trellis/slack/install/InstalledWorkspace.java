package dev.trellis.slack.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.util.Objects;

/**
 * A workspace (or, for an org-wide install, an Enterprise Grid org) that has just installed the
 * app: what org linking needs, and never a token.
 *
 * @param slackTeamId the id the org is linked by: the team id, or the enterprise id of an org-wide
 *     install
 * @param enterpriseId the Enterprise Grid org the workspace belongs to; null outside a grid
 * @param name the workspace (or grid org) name Slack reported; null when unknown
 */
public record InstalledWorkspace(String slackTeamId, String enterpriseId, String name) {

  public InstalledWorkspace {
    Objects.requireNonNull(slackTeamId, "slackTeamId");
  }

  /**
   * What Bolt's OAuth success handler stored. Only its {@link DefaultInstaller} carries the names.
   */
  public static InstalledWorkspace from(Installer installer) {
    boolean orgWide =
        InstallationKeys.isOrgWide(installer.getIsEnterpriseInstall(), installer.getTeamId());
    String name = null;
    if (installer instanceof DefaultInstaller named) {
      name = orgWide ? named.getEnterpriseName() : named.getTeamName();
    }
    return new InstalledWorkspace(
        InstallationKeys.key(
            installer.getEnterpriseId(), installer.getTeamId(), installer.getIsEnterpriseInstall()),
        installer.getEnterpriseId(),
        name);
  }
}
