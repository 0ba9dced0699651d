package dev.trellis.teams.send;

import io.micrometer.core.instrument.Metrics;
import java.util.regex.Pattern;

/**
 * Counts every call to the Bot Connector and its token endpoint as {@code trellis.platform.calls}
 * by operation (a fixed name, never an id from the path) and outcome: ok, throttled (429), retry
 * (5xx, or no answer) or failed (any other refusal).
 */
final class ConnectorCalls {

  static final String CALLS = "trellis.platform.calls";
  static final String TOKEN = "token";

  private static final Pattern CONVERSATIONS = Pattern.compile("/v3/conversations/?");
  private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/[^/]+/activities/?");
  private static final Pattern ACTIVITY = Pattern.compile("/v3/conversations/[^/]+/activities/.+");
  private static final Pattern MEMBERS =
      Pattern.compile("/v3/conversations/[^/]+/(paged)?members(/.*)?");

  private ConnectorCalls() {}

  /** The operation of an HTTP method on a connector path (its query left out). */
  static String operation(String method, String pathAndQuery) {
    String path = pathAndQuery.split("\\?", 2)[0];
    if (method.equals("POST") && CONVERSATIONS.matcher(path).matches()) {
      return "createConversation";
    }
    if (method.equals("POST") && ACTIVITIES.matcher(path).matches()) {
      return "send";
    }
    if (method.equals("PUT") && ACTIVITY.matcher(path).matches()) {
      return "update";
    }
    if (method.equals("GET") && MEMBERS.matcher(path).matches()) {
      return "members";
    }
    return "other";
  }

  static void count(String operation, int status) {
    increment(operation, outcome(status));
  }

  /** The connector could not be reached or did not answer in time. */
  static void countUnanswered(String operation) {
    increment(operation, "retry");
  }

  static String outcome(int status) {
    if (status >= 200 && status < 300) {
      return "ok";
    }
    if (status == 429) {
      return "throttled";
    }
    return status >= 500 ? "retry" : "failed";
  }

  private static void increment(String operation, String outcome) {
    Metrics.counter(CALLS, "platform", "teams", "method", operation, "outcome", outcome)
        .increment();
  }
}
