package dev.trellis.slack.send;

import dev.trellis.core.message.Delivery;
import java.time.Duration;
import java.util.Optional;
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

  /**
   * conversations.open answers meaning Slack will not open this group DM for Trellis: the app lacks
   * the mpim:write scope or the right token, the workspace restricts group DMs, or the people
   * cannot be in one together (one is gone, disabled, hidden, a bot, from an org Trellis cannot
   * reach; too few or too many). Trying again would get the same answer.
   */
  private static final Set<String> GROUP_DM_NOT_ALLOWED =
      Set.of(
          "missing_scope",
          "no_permission",
          "restricted_action",
          "not_allowed_token_type",
          "method_not_supported_for_channel_type",
          "access_denied",
          "team_access_not_granted",
          "ekm_access_denied",
          "user_not_found",
          "users_not_found",
          "user_not_visible",
          "user_disabled",
          "cannot_dm_bot",
          "invalid_users",
          "invalid_user_combination",
          "not_enough_users",
          "too_many_users",
          "users_list_not_supplied",
          "channel_not_found");

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

  /**
   * What a delivery to a group means for the outbox: passing trouble and throttling stay as they
   * are, and a failure is final but never makes anyone unreachable, because it is about the group
   * DM, not about one person (each still gets their own message). When Slack refused to open the
   * group DM ({@code slackError} one of {@link #GROUP_DM_NOT_ALLOWED}) the reason says so.
   */
  static Delivery forGroup(Delivery delivery, Optional<String> slackError) {
    if (!(delivery instanceof Delivery.Failed failed)) {
      return delivery;
    }
    Optional<String> refusal = slackError.filter(GROUP_DM_NOT_ALLOWED::contains);
    if (refusal.isEmpty()) {
      return new Delivery.Failed(failed.reason(), false);
    }
    String why =
        refusal.get().equals("missing_scope")
            ? "the app needs the mpim:write scope, reinstall it"
            : "the workspace or these people do not allow Trellis a group DM";
    return new Delivery.Failed(failed.reason() + " (" + why + ")", false);
  }

  static boolean isWorkspaceProblem(String code) {
    return WORKSPACE_PROBLEMS.contains(code);
  }

  static String reason(SlackMethod method, String what) {
    return "slack " + method.apiName() + ": " + what;
  }
}
