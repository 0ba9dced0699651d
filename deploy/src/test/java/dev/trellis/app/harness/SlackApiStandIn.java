package dev.trellis.app.harness;

import dev.trellis.app.harness.StandInServer.Answer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's Web API at {@code /api/}, enforcing the limits Trellis keeps (slack-adapter's {@code
 * SlackMethod}) as token buckets, the shape of Slack's "bursts allowed": chat.postMessage 300 a
 * minute with a burst of 20 per workspace and 1 a second with a burst of 3 per channel;
 * conversations.open 50 a minute with a burst of 10 per workspace. A workspace is its bot token,
 * {@code xoxb-harness-<org id>}. Over a limit it answers as Slack does: HTTP 429, {@code
 * Retry-After} in whole seconds, {@code {"ok":false,"error":"ratelimited"}}.
 */
final class SlackApiStandIn implements StandInServer.Route {

  static final String TOKEN_PREFIX = "xoxb-harness-";
  static final String PLATFORM = "slack";
  static final double POST_PER_SECOND = 300 / 60.0;
  static final int POST_BURST = 20;
  static final String RATELIMITED = "{\"ok\":false,\"error\":\"ratelimited\"}";

  private static final Pattern METHOD = Pattern.compile("/api/([A-Za-z.]+)");

  private final ArrivalLog log;
  private final Faults faults;
  private final StandInLimits.PerKey postPerWorkspace =
      new StandInLimits.PerKey(StandInLimits.Bucket.of(POST_PER_SECOND, POST_BURST));
  private final StandInLimits.PerKey postPerChannel =
      new StandInLimits.PerKey(StandInLimits.Bucket.of(1, 3));
  private final StandInLimits.PerKey openPerWorkspace =
      new StandInLimits.PerKey(StandInLimits.Bucket.of(50 / 60.0, 10));
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  SlackApiStandIn(ArrivalLog log, Faults faults) {
    this.log = log;
    this.faults = faults;
  }

  static String tokenOf(String orgId) {
    return TOKEN_PREFIX + orgId;
  }

  @Override
  public Answer answer(String httpMethod, String path, String authorization, String body) {
    Matcher m = METHOD.matcher(path);
    String method = m.matches() ? m.group(1) : "";
    Map<String, String> form = form(body);
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length())
            : form.getOrDefault("token", "");
    if (!token.startsWith(TOKEN_PREFIX)) {
      return Answer.json(200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
    }
    String org = token.substring(TOKEN_PREFIX.length());
    return switch (method) {
      case "chat.postMessage" -> post(org, form);
      case "conversations.open" -> open(org, form);
      case "users.list" ->
          Answer.json(
              200, "{\"ok\":true,\"members\":[],\"response_metadata\":{\"next_cursor\":\"\"}}");
      case "auth.test" ->
          Answer.json(
              200,
              "{\"ok\":true,\"team\":\""
                  + org
                  + "\",\"team_id\":\""
                  + teamId(org)
                  + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
      default -> Answer.json(200, "{\"ok\":true}");
    };
  }

  /** The Slack team id of a harness org. */
  static String teamId(String orgId) {
    return "T" + orgId.toUpperCase().replace("-", "");
  }

  private Answer post(String org, Map<String, String> form) {
    Answer fault = fault();
    if (fault != null) {
      return fault;
    }
    String channel = form.getOrDefault("channel", "");
    OptionalLong wait;
    synchronized (lock(org)) {
      wait =
          StandInLimits.takeAll(
              System.nanoTime(), postPerWorkspace.of(org), postPerChannel.of(org + "/" + channel));
    }
    if (wait.isPresent()) {
      log.limited(org);
      return Answer.retryAfter(429, RATELIMITED, seconds(wait.getAsLong()));
    }
    log.accepted(PLATFORM, org, Markers.find(form.getOrDefault("text", "")).orElse("unmarked"));
    String dm = channel.startsWith("U") ? "D" + channel.substring(1) : channel;
    String ts =
        (System.currentTimeMillis() / 1000)
            + "."
            + String.format("%06d", sequence.incrementAndGet() % 1_000_000);
    return Answer.json(
        200,
        "{\"ok\":true,\"channel\":\""
            + dm
            + "\",\"ts\":\""
            + ts
            + "\",\"message\":{\"type\":\"message\",\"ts\":\""
            + ts
            + "\"}}");
  }

  private Answer open(String org, Map<String, String> form) {
    Answer fault = fault();
    if (fault != null) {
      return fault;
    }
    OptionalLong wait;
    synchronized (lock(org)) {
      wait = StandInLimits.takeAll(System.nanoTime(), openPerWorkspace.of(org));
    }
    if (wait.isPresent()) {
      log.limited(org);
      return Answer.retryAfter(429, RATELIMITED, seconds(wait.getAsLong()));
    }
    String id = "G" + Integer.toHexString(form.getOrDefault("users", "").hashCode()).toUpperCase();
    return Answer.json(200, "{\"ok\":true,\"channel\":{\"id\":\"" + id + "\"}}");
  }

  private Answer fault() {
    Faults.Fault fault = faults.next();
    if (fault != Faults.Fault.NONE) {
      log.injected(PLATFORM + "." + fault.name());
    }
    return switch (fault) {
      case NONE -> null;
      case TOO_MANY_REQUESTS -> Answer.retryAfter(429, RATELIMITED, 1);
      case UNAVAILABLE -> Answer.json(503, "{\"ok\":false,\"error\":\"service_unavailable\"}");
      case DROPPED -> Answer.DROP;
    };
  }

  private Object lock(String org) {
    return locks.computeIfAbsent(org, o -> new Object());
  }

  static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
