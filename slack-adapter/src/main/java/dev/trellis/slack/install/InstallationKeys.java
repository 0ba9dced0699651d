package dev.trellis.slack.install;

/**
 * The {@code _id} of an installation: the team id of a workspace install, or the enterprise id of
 * an org-wide (Enterprise Grid) install. Team ids are unique across Slack and stay the same when a
 * workspace joins a grid, so a workspace install is found by its team id alone; the org holds the
 * same id as its {@code slackTeamId}.
 */
final class InstallationKeys {

  private InstallationKeys() {}

  static boolean isOrgWide(Boolean isEnterpriseInstall, String teamId) {
    return Boolean.TRUE.equals(isEnterpriseInstall) || teamId == null;
  }

  static String key(String enterpriseId, String teamId, Boolean isEnterpriseInstall) {
    if (!isOrgWide(isEnterpriseInstall, teamId)) {
      return teamId;
    }
    if (enterpriseId == null) {
      throw new IllegalArgumentException("An installation needs a team id or an enterprise id");
    }
    return enterpriseId;
  }
}
