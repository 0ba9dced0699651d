package dev.trellis.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Microsoft Teams settings ({@code trellis.teams.*}, filled from the MICROSOFT_APP_* environment
 * variables and TRELLIS_TEAMS_LOCAL_TESTING). Blank means not set.
 *
 * @param localTesting without an app id, take unauthenticated activities from this machine (the Bot
 *     Framework Emulator); ignored when an app id is set
 */
@ConfigurationProperties("trellis.teams")
public record TeamsProperties(
    String appId,
    String appPassword,
    String tenantId,
    String appType,
    String tokenUrl,
    boolean localTesting) {

  public boolean isConfigured() {
    return appId != null && !appId.isBlank();
  }

  /** One line for the start-up log; names settings, never their values. */
  public String summary() {
    if (!isConfigured()) {
      return localTesting
          ? "Teams: LOCAL TESTING (no MICROSOFT_APP_ID, TRELLIS_TEAMS_LOCAL_TESTING=true), so"
              + " /api/messages takes unauthenticated requests from this machine whose serviceUrl"
              + " is on this machine, for the Bot Framework Emulator; never use this on a shared"
              + " host (see README, Connect Teams)"
          : "Teams: no MICROSOFT_APP_ID, so /api/messages refuses every request (set"
              + " TRELLIS_TEAMS_LOCAL_TESTING=true to try it with the Bot Framework Emulator; see"
              + " README, Connect Teams)";
    }
    return "Teams: bot "
        + (appType == null || appType.isBlank() ? "MultiTenant" : appType)
        + " at POST /api/messages, requests checked against MICROSOFT_APP_ID"
        + (localTesting ? " (TRELLIS_TEAMS_LOCAL_TESTING ignored)" : "");
  }
}
