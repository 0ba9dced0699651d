package dev.trellis.slack.install;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import dev.trellis.slack.SlackProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt configured for installing Trellis into many workspaces (OAuth v2, bot scopes only).
 *
 * <p>{@code GET /slack/oauth/start} issues a state and redirects to Slack's authorize page; Slack
 * sends the installer back to {@code GET /slack/oauth/callback}, where Bolt checks the state,
 * exchanges the code with {@code oauth.v2.access} and stores the installation. Bolt then shows its
 * own success page (with a link that opens the app in Slack) or failure page (with a link to try
 * again); set {@code oauthCompletionUrl} / {@code oauthCancellationUrl} on the config to redirect
 * to pages of your own instead.
 */
public final class SlackOAuthApp {

  public static final String INSTALL_PATH = "/slack/oauth/start";
  public static final String CALLBACK_PATH = "/slack/oauth/callback";

  private static final int CALL_TIMEOUT_MILLIS = 20_000;

  /** Also listed in {@code deploy/slack/manifest.yml}; a test keeps the two equal. */
  public static final List<String> BOT_SCOPES =
      List.of(
          "chat:write",
          "commands",
          "im:history",
          "im:read",
          "im:write",
          "users:read",
          "users:read.email",
          "mpim:write",
          "files:write");

  private SlackOAuthApp() {}

  /**
   * Every value is set here, none left to Bolt's defaults, which read {@code SLACK_*} environment
   * variables of their own.
   *
   * @param publicBaseUrl where Slack reaches this service, such as {@code https://trellis.example};
   *     null to send no {@code redirect_uri} (Slack then uses the app's only redirect URL)
   */
  public static AppConfig config(SlackProperties slack, String publicBaseUrl) {
    String redirectUri =
        publicBaseUrl == null || publicBaseUrl.isBlank()
            ? null
            : publicBaseUrl.replaceAll("/+$", "") + CALLBACK_PATH;
    return AppConfig.builder()
        .slack(Slack.getInstance(slackConfig(slack.apiUrl())))
        .singleTeamBotToken(null)
        .verificationToken(null)
        .signingSecret(slack.signingSecret())
        .clientId(slack.clientId())
        .clientSecret(slack.clientSecret())
        .scope(String.join(",", BOT_SCOPES))
        .userScope("")
        .redirectUri(redirectUri)
        .appPath(null)
        .oauthStartPath(INSTALL_PATH)
        .oauthInstallPath(INSTALL_PATH)
        .oauthCallbackPath(CALLBACK_PATH)
        .oauthRedirectUriPath(CALLBACK_PATH)
        .oAuthInstallPathEnabled(true)
        .oAuthRedirectUriPathEnabled(true)
        // The install path is the start path, so render no "Add to Slack" page: redirect at once.
        .oAuthInstallPageRenderingEnabled(false)
        .stateValidationEnabled(true)
        .classicAppPermissionsEnabled(false)
        .oauthCompletionUrl(null)
        .oauthCancellationUrl(null)
        .build();
  }

  /**
   * An app that serves the OAuth paths with these stores. Register the event, command and action
   * handlers on it as usual; {@code new App(config)} alone would switch the OAuth paths off.
   */
  public static App app(
      AppConfig config, InstallationService installations, OAuthStateService states) {
    return OAuthFailures.handledQuietly(
        new App(config).asOAuthApp(true).service(states).service(installations));
  }

  /**
   * Web API calls (oauth.v2.access, auth.test, and the rest) go to the configured API URL ({@code
   * SLACK_API_URL}); blank keeps Slack's own.
   */
  public static SlackConfig slackConfig(String apiUrl) {
    SlackConfig config = new SlackConfig();
    if (apiUrl != null && !apiUrl.isBlank()) {
      String url = apiUrl.strip();
      config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/");
    }
    // The SDK's default listeners log request and response bodies at DEBUG: oauth.v2.access
    // answers with the bot token.
    config.setHttpClientResponseHandlers(new ArrayList<>());
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
    return config;
  }
}
