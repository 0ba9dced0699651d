package dev.trellis.teams.send;

import dev.trellis.core.message.Delivery;
import java.time.Duration;
import java.util.Set;

/**
 * What a connector error means for a message.
 *
 * <table>
 *   <tr><th>connector answer</th><th>delivery</th></tr>
 *   <tr><td>429</td><td>RetryLater, throttled, after Retry-After (zero when absent)</td></tr>
 *   <tr><td>5xx, 412 (PreconditionFailed), 401 (token refused; a fresh one is fetched)</td>
 *       <td>RetryLater, a passing failure</td></tr>
 *   <tr><td>403 BotDisabledByAdmin, ConversationBlockedByUser, BotNotInConversationRoster;
 *       404 ConversationNotFound</td><td>Failed, recipient unreachable</td></tr>
 *   <tr><td>any other 4xx</td><td>Failed, the request was refused (not the person's fault)</td></tr>
 * </table>
 */
public final class ConnectorErrors {

  /** The person removed, blocked or lost the bot: only they (or an admin) can change that. */
  static final Set<String> UNREACHABLE_403 =
      Set.of("BotDisabledByAdmin", "ConversationBlockedByUser", "BotNotInConversationRoster");

  static final Set<String> UNREACHABLE_404 = Set.of("ConversationNotFound");

  private ConnectorErrors() {}

  /** The delivery for a response that is not a success. */
  public static Delivery toDelivery(ConnectorResponse response) {
    int status = response.status();
    String code = response.errorCode();
    String reason = "Teams connector HTTP " + status + (code.isBlank() ? "" : " " + code);
    if (status == 429) {
      return Delivery.RetryLater.throttled(response.retryAfter().orElse(Duration.ZERO));
    }
    if (status >= 500 || status == 412 || status == 401) {
      return new Delivery.RetryLater(response.retryAfter().orElse(Duration.ZERO), false, reason);
    }
    if ((status == 403 && UNREACHABLE_403.contains(code))
        || (status == 404 && UNREACHABLE_404.contains(code))) {
      return new Delivery.Failed(reason, true);
    }
    return new Delivery.Failed(reason, false);
  }
}
