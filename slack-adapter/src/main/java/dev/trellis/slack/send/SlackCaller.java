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
    return counted(method, send(orgId, method, token.get(), call));
  }

  private <T extends SlackApiTextResponse> SlackOutcome<T> send(
      OrgId orgId, SlackMethod method, String token, SlackCall<T> call) {
    try {
      T response = call.call(client, token);
      if (response.isOk()) {
        return new SlackOutcome.Done<>(response);
      }
      return refused(orgId, method, response.getError(), retryAfter(response));
    } catch (SlackApiException e) {
      return httpError(orgId, method, e);
    } catch (IOException e) {
      String reason = SlackErrors.reason(method, e.getClass().getSimpleName());
      log.warn("Slack {} for org {} failed: {}", method.apiName(), orgId, reason);
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

  private <T> SlackOutcome<T> httpError(OrgId orgId, SlackMethod method, SlackApiException e) {
    int status = e.getResponse().code();
    Duration retryAfter = parseRetryAfter(e.getResponse().header("Retry-After"));
    Optional<String> code =
        Optional.ofNullable(e.getError())
            .map(SlackApiErrorResponse::getError)
            .filter(c -> !c.isBlank());
    if (status == 429) {
      limits.pauseUntil(orgId, method, clock.instant().plus(retryAfter));
      log.info("Slack throttled {} for org {} for {}", method.apiName(), orgId, retryAfter);
      return notDone(
          throttledHolding(method, SlackErrors.fromHttpStatus(method, status, retryAfter)), code);
    }
    if (code.isPresent() && status < 500) {
      return refused(orgId, method, code.get(), retryAfter);
    }
    log.warn("Slack {} for org {} answered HTTP {}", method.apiName(), orgId, status);
    return notDone(SlackErrors.fromHttpStatus(method, status, retryAfter), code);
  }

  private <T> SlackOutcome<T> refused(
      OrgId orgId, SlackMethod method, String code, Duration retryAfter) {
    String error = code == null || code.isBlank() ? "unknown_error" : code;
    Delivery delivery =
        throttledHolding(method, SlackErrors.fromErrorCode(method, error, retryAfter));
    if (delivery instanceof Delivery.RetryLater later && later.throttled()) {
      limits.pauseUntil(orgId, method, clock.instant().plus(retryAfter));
    }
    if (SlackErrors.isWorkspaceProblem(error)) {
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
   * Slack throttled a method: only chat.postMessage, which every message needs, holds back the
   * whole org; any other holds back only the messages that call it.
   */
  private static Delivery throttledHolding(SlackMethod method, Delivery delivery) {
    if (delivery instanceof Delivery.RetryLater later && later.throttled()) {
      return later.holding(
          method.everyMessageNeedsIt() ? Delivery.Holds.ORG : Delivery.Holds.MESSAGE);
    }
    return delivery;
  }
}
