package dev.trellis.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slack settings ({@code trellis.slack.*}, filled from the SLACK_* environment variables). Blank
 * means not set.
 */
@ConfigurationProperties("trellis.slack")
public record SlackProperties(
    String botToken,
    String signingSecret,
    String appToken,
    String clientId,
    String clientSecret,
    String apiUrl) {

  /** How Slack would connect with these settings. */
  public enum Mode {
    NOT_CONFIGURED,
    SOCKET_MODE,
    HTTP_SINGLE_WORKSPACE,
    OAUTH_MULTI_WORKSPACE
  }

  public Mode mode() {
    if (isSet(clientId) && isSet(clientSecret) && isSet(signingSecret)) {
      return Mode.OAUTH_MULTI_WORKSPACE;
    }
    if (isSet(botToken) && isSet(appToken)) {
      return Mode.SOCKET_MODE;
    }
    if (isSet(botToken) && isSet(signingSecret)) {
      return Mode.HTTP_SINGLE_WORKSPACE;
    }
    return Mode.NOT_CONFIGURED;
  }

  /** One line for the start-up log; names settings, never their values. */
  public String summary() {
    return switch (mode()) {
      case NOT_CONFIGURED ->
          "Slack not configured (set SLACK_BOT_TOKEN and SLACK_APP_TOKEN for Socket Mode, or"
              + " SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for HTTP events; see README, Connect"
              + " Slack)";
      case SOCKET_MODE ->
          "Slack: one workspace (SLACK_BOT_TOKEN), events over Socket Mode (SLACK_APP_TOKEN)";
      case HTTP_SINGLE_WORKSPACE ->
          "Slack: one workspace (SLACK_BOT_TOKEN), events at POST /slack/events, signed with"
              + " SLACK_SIGNING_SECRET";
      case OAUTH_MULTI_WORKSPACE ->
          "Slack: any number of workspaces, installed at /slack/oauth/start (SLACK_CLIENT_ID,"
              + " SLACK_CLIENT_SECRET), events "
              + (isSet(appToken) ? "over Socket Mode (SLACK_APP_TOKEN)" : "at POST /slack/events");
    };
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
