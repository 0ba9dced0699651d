package dev.trellis.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Microsoft Teams settings ({@code trellis.teams.*}, filled from the MICROSOFT_APP_* environment
 * variables). Blank means not set.
 */
@ConfigurationProperties("trellis.teams")
public record TeamsProperties(String appId, String appPassword, String tenantId, String appType) {

  public boolean isConfigured() {
    return appId != null && !appId.isBlank();
  }

  /** One line for the start-up log; names settings, never their values. */
  public String summary() {
    if (!isConfigured()) {
      return "Teams not configured (set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD from your"
          + " Azure Bot registration; see README, Connect Teams)";
    }
    return "Teams credentials found (app type "
        + (appType == null || appType.isBlank() ? "MultiTenant" : appType)
        + "), but this build does not connect to Teams yet: the Teams adapter is still to come";
  }
}
