package dev.trellis.app.harness;

import dev.trellis.app.harness.StandInServer.Answer;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Bot Framework connector of Teams at {@code /teams/} (each person's stored conversation
 * reference names it as its service URL) and the token endpoint at {@code /teams/token}. Sends into
 * a conversation are limited as Teams publishes it, each a window of N per period counted at
 * arrival: per conversation 7 per second and 1,800 per hour, per tenant 30 per second. Over a limit
 * it answers HTTP 429 with {@code Retry-After}. A harness conversation id is {@code a:<org
 * id>~<number>}, and the org is the tenant.
 */
final class TeamsConnectorStandIn implements StandInServer.Route {

  static final String PLATFORM = "teams";
  static final String PREFIX = "/teams/";
  static final int TENANT_PER_SECOND = 30;

  private static final Pattern SEND = Pattern.compile("/teams/v3/conversations/([^/]+)/activities");
  private static final Pattern UPDATE =
      Pattern.compile("/teams/v3/conversations/([^/]+)/activities/[^/]+");

  private final ArrivalLog log;
  private final Faults faults;
  private final StandInLimits.PerKey perConversationSecond =
      new StandInLimits.PerKey(StandInLimits.Window.of(7, 1));
  private final StandInLimits.PerKey perConversationHour =
      new StandInLimits.PerKey(StandInLimits.Window.of(1_800, 3_600));
  private final StandInLimits.PerKey perTenant =
      new StandInLimits.PerKey(StandInLimits.Window.of(TENANT_PER_SECOND, 1));
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  TeamsConnectorStandIn(ArrivalLog log, Faults faults) {
    this.log = log;
    this.faults = faults;
  }

  static String conversationId(String orgId, int number) {
    return "a:" + orgId + "~" + number;
  }

  @Override
  public Answer answer(String httpMethod, String path, String authorization, String body) {
    if (path.equals(PREFIX + "token")) {
      return Answer.json(
          200,
          "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
              + "\"access_token\":\"harness-connector-token\"}");
    }
    Matcher send = SEND.matcher(path);
    if (httpMethod.equals("POST") && send.matches()) {
      return send(send.group(1), body);
    }
    if (httpMethod.equals("PUT") && UPDATE.matcher(path).matches()) {
      return Answer.json(200, "{\"id\":\"updated\"}");
    }
    return Answer.json(
        404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"not a harness path\"}}");
  }

  private Answer send(String conversation, String body) {
    int tilde = conversation.indexOf('~');
    if (!conversation.startsWith("a:") || tilde < 0) {
      return Answer.json(
          404,
          "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"not a harness chat\"}}");
    }
    String tenant = conversation.substring(2, tilde);
    Faults.Fault fault = faults.next();
    if (fault != Faults.Fault.NONE) {
      log.injected(PLATFORM + "." + fault.name());
      return switch (fault) {
        case TOO_MANY_REQUESTS -> Answer.retryAfter(429, throttled(), 1);
        case UNAVAILABLE ->
            Answer.json(
                503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"try later\"}}");
        default -> Answer.DROP;
      };
    }
    OptionalLong wait;
    synchronized (locks.computeIfAbsent(tenant, t -> new Object())) {
      wait =
          StandInLimits.takeAll(
              System.nanoTime(),
              perTenant.of(tenant),
              perConversationSecond.of(conversation),
              perConversationHour.of(conversation));
    }
    if (wait.isPresent()) {
      log.limited(tenant);
      return Answer.retryAfter(429, throttled(), SlackApiStandIn.seconds(wait.getAsLong()));
    }
    log.accepted(PLATFORM, tenant, Markers.find(body).orElse("unmarked"));
    return Answer.json(201, "{\"id\":\"1" + sequence.incrementAndGet() + "\"}");
  }

  private static String throttled() {
    return "{\"error\":{\"code\":\"Throttled\",\"message\":\"too many requests\"}}";
  }
}
