package dev.trellis.slack.send;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiErrorResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.trellis.core.message.Delivery;
import dev.trellis.core.org.OrgId;
import dev.trellis.slack.BotTokens;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Web API calls for an org: finds its bot token, keeps within the rate limits, and turns
 * every way a call can go wrong into a {@link SlackOutcome}. Logs the org, the method and Slack's
 * error code, never what was sent.
 */
public final class SlackCaller {

  static final String NOT_INSTALLED = "slack workspace not installed";
  static final String CALLS = "trellis.platform.calls";
  private static final Logger log = LoggerFactory.getLogger(SlackCaller.class);

  private final MethodsClient client;
  private final BotTokens tokens;
  private final SlackRateLimits limits;
  private final Clock clock;

  public SlackCaller(MethodsClient client, BotTokens tokens, SlackRateLimits limits, Clock clock) {
    this.client = client;
    this.tokens = tokens;
    this.limits = limits;
    this.clock = clock;
  }

  /** Calls a method limited per workspace only. */
  public <T extends SlackApiTextResponse> SlackOutcome<T> call(
      OrgId orgId, SlackMethod method, SlackCall<T> call) {
    return call(orgId, method, Optional.empty(), call);
  }

  /** Calls a method that posts into {@code channel} (a channel or user id). */
  public <T extends SlackApiTextResponse> SlackOutcome<T> callInChannel(
      OrgId orgId, SlackMethod method, String channel, SlackCall<T> call) {
    return call(orgId, method, Optional.of(channel), call);
  }

  private <T extends SlackApiTextResponse> SlackOutcome<T> call(
      OrgId orgId, SlackMethod method, Optional<String> channel, SlackCall<T> call) {
    Optional<String> token = tokens.forOrg(orgId);
    if (token.isEmpty()) {
      return notDone(new Delivery.Failed(NOT_INSTALLED, false), Optional.empty());
    }
    SlackRateLimits.Wait wait = limits.acquire(orgId, method, channel);
    if (!wait.duration().isZero()) {
      String reason = SlackErrors.reason(method, "waiting for Trellis's own rate limit");
      Delivery.Holds holds =
          method.everyMessageNeedsIt() && wait.wholeWorkspace()
              ? Delivery.Holds.ORG
              : Delivery.Holds.MESSAGE;
      return notDone(
          new Delivery.RetryLater(wait.duration(), true, reason, holds), Optional.empty());
    }
    return counted(method, send(new Called(orgId, method, channel), token.get(), call));
  }

  /** A call being made: the org, the method, and the channel it posts into, if any. */
  private record Called(OrgId orgId, SlackMethod method, Optional<String> channel) {}

  private <T extends SlackApiTextResponse> SlackOutcome<T> send(
      Called called, String token, SlackCall<T> call) {
    SlackMethod method = called.method();
    try {
      T response = call.call(client, token);
      if (response.isOk()) {
        limits.taken(called.orgId(), method);
        return new SlackOutcome.Done<>(response);
      }
      return refused(called, response.getError(), retryAfter(response));
    } catch (SlackApiException e) {
      return httpError(called, e);
    } catch (IOException e) {
      String reason = SlackErrors.reason(method, e.getClass().getSimpleName());
      log.warn("Slack {} for org {} failed: {}", method.apiName(), called.orgId(), reason);
      limits.giveBack(called.orgId(), method, called.channel());
      return notDone(Delivery.RetryLater.transientFailure(reason), Optional.empty());
    }
  }

  /**
   * Counts a call that reached Slack as {@code trellis.platform.calls}, by method and outcome: ok,
   * throttled (429 or {@code ratelimited}), retry (5xx, I/O, other passing errors) or failed.
   */
  private static <T> SlackOutcome<T> counted(SlackMethod method, SlackOutcome<T> outcome) {
    Metrics.counter(
            CALLS, "platform", "slack", "method", method.apiName(), "outcome", outcomeOf(outcome))
        .increment();
    return outcome;
  }

  private static String outcomeOf(SlackOutcome<?> outcome) {
    if (outcome instanceof SlackOutcome.NotDone<?> notDone) {
      if (notDone.delivery() instanceof Delivery.RetryLater later) {
        return later.throttled() ? "throttled" : "retry";
      }
      return "failed";
    }
    return "ok";
  }

  private <T> SlackOutcome<T> httpError(Called called, SlackApiException e) {
    OrgId orgId = called.orgId();
    SlackMethod method = called.method();
    int status = e.getResponse().code();
    Duration retryAfter = parseRetryAfter(e.getResponse().header("Retry-After"));
    Optional<String> code =
        Optional.ofNullable(e.getError())
            .map(SlackApiErrorResponse::getError)
            .filter(c -> !c.isBlank());
    if (status == 429) {
      log.info("Slack throttled {} for org {} for {}", method.apiName(), orgId, retryAfter);
      return notDone(
          throttled(called, SlackErrors.fromHttpStatus(method, status, retryAfter), retryAfter),
          code);
    }
    if (code.isPresent() && status < 500) {
      return refused(called, code.get(), retryAfter);
    }
    log.warn("Slack {} for org {} answered HTTP {}", method.apiName(), orgId, status);
    if (status >= 500) {
      limits.giveBack(orgId, method, called.channel());
    }
    return notDone(SlackErrors.fromHttpStatus(method, status, retryAfter), code);
  }

  private <T> SlackOutcome<T> refused(Called called, String code, Duration retryAfter) {
    OrgId orgId = called.orgId();
    SlackMethod method = called.method();
    String error = code == null || code.isBlank() ? "unknown_error" : code;
    Delivery delivery =
        throttled(called, SlackErrors.fromErrorCode(method, error, retryAfter), retryAfter);
    if (SlackErrors.isWorkspaceProblem(error)) {
      tokens.forgetKept();
      log.warn(
          "Slack refused Trellis in org {} ({} {}): the app may need reinstalling or a scope",
          orgId,
          method.apiName(),
          error);
    } else {
      log.warn("Slack {} for org {} failed: {}", method.apiName(), orgId, error);
    }
    return notDone(delivery, Optional.of(error));
  }

  private static Duration retryAfter(SlackApiTextResponse response) {
    Map<String, List<String>> headers = response.getHttpResponseHeaders();
    if (headers == null) {
      return Duration.ZERO;
    }
    List<String> values = headers.getOrDefault("retry-after", List.of());
    return values.isEmpty() ? Duration.ZERO : parseRetryAfter(values.get(0));
  }

  /** Slack sends whole seconds; anything else counts as no hint. */
  static Duration parseRetryAfter(String header) {
    if (header == null) {
      return Duration.ZERO;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ZERO;
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  private static <T> SlackOutcome<T> notDone(Delivery delivery, Optional<String> slackError) {
    return new SlackOutcome.NotDone<>(delivery, slackError);
  }

  /**
   * When Slack throttled the call, pauses what it throttled ({@link SlackRateLimits#throttled}) and
   * says what the wait holds back: the whole org only when chat.postMessage, which every message
   * needs, is throttled in the whole workspace; otherwise only the messages that make the call.
   */
  private Delivery throttled(Called called, Delivery delivery, Duration retryAfter) {
    if (!(delivery instanceof Delivery.RetryLater later) || !later.throttled()) {
      return delivery;
    }
    Instant until = clock.instant().plus(retryAfter);
    boolean wholeWorkspace =
        limits.throttled(called.orgId(), called.method(), called.channel(), until);
    return later.holding(
        called.method().everyMessageNeedsIt() && wholeWorkspace
            ? Delivery.Holds.ORG
            : Delivery.Holds.MESSAGE);
  }
}
