package dev.trellis.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Microsoft Teams settings ({@code trellis.teams.*}, filled from the MICROSOFT_APP_* environment
 * variables). Blank means not set.
 */
@ConfigurationProperties("trellis.teams")
public record TeamsProperties(
    String appId, String appPassword, String tenantId, String appType, String tokenUrl) {

  public boolean isConfigured() {
    return appId != null && !appId.isBlank();
  }

  /** One line for the start-up log; names settings, never their values. */
  public String summary() {
    if (!isConfigured()) {
      return "Teams: no MICROSOFT_APP_ID, so /api/messages takes unauthenticated requests from"
          + " this machine only, for the Bot Framework Emulator (see README, Connect Teams)";
    }
    return "Teams: bot "
        + (appType == null || appType.isBlank() ? "MultiTenant" : appType)
        + " at POST /api/messages, requests checked against MICROSOFT_APP_ID";
  }
}
