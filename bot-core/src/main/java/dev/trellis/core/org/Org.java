package dev.trellis.core.org;

import java.util.Objects;
import java.util.Optional;

/** An organisation: one Slack workspace (team id), one Teams tenant, or both linked as one org. */
public record Org(
    OrgId id, String name, Optional<String> slackTeamId, Optional<String> teamsTenantId) {

  public static final int MAX_NAME_LENGTH = 200;

  public Org {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slackTeamId, "slackTeamId");
    Objects.requireNonNull(teamsTenantId, "teamsTenantId");
    if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("Org name must be 1-" + MAX_NAME_LENGTH + " characters");
    }
  }
}
