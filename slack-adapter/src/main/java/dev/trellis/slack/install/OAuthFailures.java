package dev.trellis.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an OAuth callback that failed logs and answers. Bolt's default handlers log the whole
 * callback payload (the one-time {@code code} with it) and the {@code error} parameter as sent, so
 * anyone could write lines into the log with a crafted link. These log one line of sanitised
 * fields, never the code or the state, and answer with Bolt's failure page (or the cancellation
 * URL) as the defaults do.
 */
final class OAuthFailures {

  private static final Logger log = LoggerFactory.getLogger(OAuthFailures.class);
  private static final Pattern NOT_A_CODE_CHARACTER = Pattern.compile("[^a-z0-9_.-]");
  private static final int MAX_REASON = 40;

  private OAuthFailures() {}

  static App handledQuietly(App app) {
    return app.oauthCallbackError(
            (request, response) -> {
              String error = sanitised(request.getPayload().getError());
              log.warn("Slack install did not complete: Slack sent error={}", error);
              return failure(app.config(), request, response, error);
            })
        .oauthCallbackStateError(
            (request, response) -> {
              log.warn("Slack install refused: its state is unknown, used or expired");
              return failure(app.config(), request, response, "invalid_state");
            })
        .oauthCallbackAccessError(
            (com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler)
                (request, response, access) -> {
                  String error = sanitised(access.getError());
                  log.warn("Slack install failed: oauth.v2.access answered error={}", error);
                  return failure(app.config(), request, response, error);
                })
        .oauthCallbackException(
            (request, response, e) -> {
              log.warn("Slack install failed: {}", e.getClass().getSimpleName());
              return failure(app.config(), request, response, "internal_error");
            });
  }

  /** An OAuth error code as Slack writes them ({@code access_denied}): nothing else survives. */
  static String sanitised(String value) {
    if (value == null || value.isBlank()) {
      return "(none)";
    }
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    String kept = NOT_A_CODE_CHARACTER.matcher(lower).replaceAll("?");
    return kept.length() > MAX_REASON ? kept.substring(0, MAX_REASON) + "…" : kept;
  }

  private static Response failure(
      AppConfig config, OAuthCallbackRequest request, Response response, String reason) {
    String cancellation = request.getContext().getOauthCancellationUrl();
    if (cancellation != null && !cancellation.isEmpty()) {
      response.setStatusCode(302);
      response.getHeaders().put("Location", List.of(cancellation));
      return response;
    }
    response.setStatusCode(200);
    response.setBody(
        config
            .getOAuthRedirectUriPageRenderer()
            .renderFailurePage(config.getOauthInstallRequestURI(), reason));
    response.setContentType("text/html; charset=utf-8");
    return response;
  }
}
