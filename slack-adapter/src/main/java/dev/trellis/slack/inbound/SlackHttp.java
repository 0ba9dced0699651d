package dev.trellis.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one HTTP request from Slack through the Bolt app, from the raw body as received. A request
 * to {@code /slack/events} has its signature and age checked on that raw body before anything
 * parses it: 401 when unsigned, forged, or signed more than five minutes from now; 415 when it is
 * neither a form nor JSON; 400 when it cannot be parsed. Each refusal is one log line, never a
 * stack trace. Free of any web framework, so any controller can call it.
 */
public final class SlackHttp {

  private static final Logger log = LoggerFactory.getLogger(SlackHttp.class);
  private static final Set<String> EVENT_TYPES =
      Set.of("application/x-www-form-urlencoded", "application/json");

  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignatureCheck signatures;

  public SlackHttp(App app) {
    this(app, Clock.systemUTC());
  }

  SlackHttp(App app, Clock clock) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    String secret = app.config().getSigningSecret();
    this.signatures = new SlackSignatureCheck(secret == null ? "" : secret, clock);
  }

  /** A request to {@code /slack/events}: events, slash commands and interactivity. */
  public Reply handleEvent(
      String path, Map<String, List<String>> headers, String body, String remoteAddress)
      throws Exception {
    Optional<String> refusal = signatures.refusal(headers, body);
    if (refusal.isPresent()) {
      log.warn("Refused a request to {}: {} (401)", path, refusal.get());
      return new Reply(401, "application/json", Map.of(), "{\"error\":\"invalid request\"}");
    }
    String type = mediaType(headers);
    if (!EVENT_TYPES.contains(type)) {
      log.warn(
          "Refused a signed request to {}: its content type is not a form or JSON (415)", path);
      return new Reply(415, "text/plain", Map.of(), "Send a form or JSON body");
    }
    return handle(path, Map.of(), headers, body, remoteAddress);
  }

  /** What to answer Slack. */
  public record Reply(
      int status, String contentType, Map<String, List<String>> headers, String body) {}

  public Reply handle(
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      String remoteAddress)
      throws Exception {
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(path)
                  .queryString(query)
                  .headers(new RequestHeaders(headers))
                  .requestBody(body)
                  .remoteAddress(remoteAddress)
                  .build());
    } catch (RuntimeException e) {
      // A JSON array, payload=[], a cut-off document: one line, not a stack trace.
      log.warn(
          "Refused a request to {}: its {} body cannot be read (400)", path, mediaType(headers));
      return new Reply(400, "text/plain", Map.of(), "Not a request from Slack");
    }
    if (request == null) {
      log.warn("Refused a request to {}: not one Slack sends (400)", path);
      return new Reply(400, "text/plain", Map.of(), "Not a request from Slack");
    }
    Response response = app.run(request);
    return new Reply(
        response.getStatusCode(),
        response.getContentType(),
        response.getHeaders() == null ? Map.of() : response.getHeaders(),
        response.getBody() == null ? "" : response.getBody());
  }

  private static String mediaType(Map<String, List<String>> headers) {
    List<String> values = headers.get("content-type");
    if (values == null || values.isEmpty() || values.get(0) == null) {
      return "";
    }
    return values.get(0).split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }
}
