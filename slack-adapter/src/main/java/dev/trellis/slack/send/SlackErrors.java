package dev.trellis.slack.send;

import dev.trellis.core.message.Delivery;
import java.time.Duration;
import java.util.Set;

/**
 * What Slack's answers mean for a delivery. The reason names the method and Slack's error code, so
 * a dead letter says what happened; it never holds message text.
 */
final class SlackErrors {

  /** The person cannot be reached: deactivated, gone, or their conversation is closed to us. */
  private static final Set<String> RECIPIENT_UNREACHABLE =
      Set.of(
          "user_not_found",
          "users_not_found",
          "user_disabled",
          "cannot_dm_bot",
          "channel_not_found",
          "is_archived",
          "not_in_channel");

  /**
   * The app or its token is not usable in the workspace (uninstalled, revoked, missing a scope).
   * Every person of the org is affected, but none of them is unreachable: a reinstall fixes it.
   * {@code account_inactive} is here because Slack sends it for a bot token of a deleted user or
   * workspace, not for the recipient.
   */
  private static final Set<String> WORKSPACE_PROBLEMS =
      Set.of(
          "not_authed",
          "invalid_auth",
          "token_revoked",
          "token_expired",
          "account_inactive",
          "missing_scope",
          "no_permission",
          "not_allowed_token_type",
          "team_access_not_granted",
          "access_denied",
          "ekm_access_denied",
          "org_login_required",
          "messages_tab_disabled",
          "not_enabled");

  /** Slack's own passing trouble: the same call may work later. */
  private static final Set<String> TRANSIENT =
      Set.of(
          "internal_error",
          "fatal_error",
          "service_unavailable",
          "request_timeout",
          "team_added_to_org");

  private static final Set<String> RATE_LIMITED = Set.of("ratelimited", "rate_limited");

  private SlackErrors() {}

  /** An {@code ok:false} answer. Codes not listed above mean the request was refused as is. */
  static Delivery fromErrorCode(SlackMethod method, String code, Duration retryAfter) {
    String reason = reason(method, code);
    if (RATE_LIMITED.contains(code)) {
      return new Delivery.RetryLater(retryAfter, true, reason);
    }
    if (TRANSIENT.contains(code)) {
      return Delivery.RetryLater.transientFailure(reason);
    }
    return new Delivery.Failed(reason, RECIPIENT_UNREACHABLE.contains(code));
  }

  /** An HTTP status other than 200, with no error code worth more. */
  static Delivery fromHttpStatus(SlackMethod method, int status, Duration retryAfter) {
    String reason = reason(method, "HTTP " + status);
    if (status == 429) {
      return new Delivery.RetryLater(retryAfter, true, reason);
    }
    if (status == 408 || status >= 500) {
      return Delivery.RetryLater.transientFailure(reason);
    }
    return new Delivery.Failed(reason, false);
  }

  static boolean isWorkspaceProblem(String code) {
    return WORKSPACE_PROBLEMS.contains(code);
  }

  static String reason(SlackMethod method, String what) {
    return "slack " + method.apiName() + ": " + what;
  }
}
