package dev.trellis.teams.install;

import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A team the bot was added to: where to reach it later, for the roster sync and for opening 1:1
 * conversations with its members.
 *
 * @param teamId the team's id ({@code 19:…@thread…}, {@code channelData.team.id})
 * @param serviceUrl the Bot Framework connector endpoint for the team
 * @param conversationId the channel the activity came from (the team's General channel, usually)
 * @param tenantId the Microsoft 365 tenant (the org)
 * @param name the team's name when Teams gave it; may be empty
 */
public record InstalledTeam(
    OrgId orgId,
    String teamId,
    String serviceUrl,
    String conversationId,
    String tenantId,
    String name,
    Instant installedAt) {

  public InstalledTeam {
    Objects.requireNonNull(orgId, "orgId");
    for (String value : new String[] {teamId, serviceUrl, conversationId, tenantId}) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("An installed team needs its ids and service URL");
      }
    }
    name = name == null ? "" : name;
    Objects.requireNonNull(installedAt, "installedAt");
  }
}
