package dev.trellis.app.slack;

import dev.trellis.slack.SlackProperties;
import dev.trellis.slack.inbound.SlackHttp;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Slack's requests over HTTP: events, slash commands and interactivity at {@code /slack/events},
 * and the OAuth install at Bolt's usual paths. The body is read raw, exactly as Slack signed it,
 * and handed to Bolt; nothing here parses it. In Socket Mode without a signing secret, Slack sends
 * nothing here and nothing could be verified, so {@code /slack/events} refuses every request.
 */
@RestController
class SlackEventsController {

  private static final int MAX_BODY = 1_000_000;

  private final ObjectProvider<SlackHttp> slack;
  private final SlackProperties properties;

  SlackEventsController(ObjectProvider<SlackHttp> slack, SlackProperties properties) {
    this.slack = slack;
    this.properties = properties;
  }

  @PostMapping("/slack/events")
  ResponseEntity<String> events(HttpServletRequest request) throws Exception {
    if (slack.getIfAvailable() != null && !hasSigningSecret()) {
      // Socket Mode without SLACK_SIGNING_SECRET: nothing sent here can be verified. Bolt would
      // check signatures against a placeholder secret that anyone can sign with, so refuse all.
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .contentType(MediaType.APPLICATION_JSON)
          .body("{\"error\":\"invalid request\"}");
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body("Too large for Slack");
    }
    SlackHttp http = slack.getIfAvailable();
    if (http == null) {
      return notConfigured();
    }
    return answer(
        http.handleEvent(
            request.getRequestURI(),
            headers(request),
            new String(body, StandardCharsets.UTF_8),
            request.getRemoteAddr()));
  }

  private boolean hasSigningSecret() {
    return properties.signingSecret() != null && !properties.signingSecret().isBlank();
  }

  @GetMapping({"/slack/oauth/start", "/slack/oauth/callback"})
  ResponseEntity<String> oauth(HttpServletRequest request) throws Exception {
    return run(request, "");
  }

  private ResponseEntity<String> run(HttpServletRequest request, String body) throws Exception {
    SlackHttp http = slack.getIfAvailable();
    if (http == null) {
      return notConfigured();
    }
    return answer(
        http.handle(
            request.getRequestURI(),
            query(request),
            headers(request),
            body,
            request.getRemoteAddr()));
  }

  private static ResponseEntity<String> notConfigured() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body("Slack is not configured on this Trellis (see README, Connect Slack)");
  }

  private static ResponseEntity<String> answer(SlackHttp.Reply reply) {
    HttpHeaders headers = new HttpHeaders();
    reply.headers().forEach(headers::addAll);
    if (reply.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, reply.contentType());
    }
    return ResponseEntity.status(reply.status()).headers(headers).body(reply.body());
  }

  private static Map<String, List<String>> query(HttpServletRequest request) throws IOException {
    if (request.getQueryString() == null) {
      return Map.of();
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    UriComponentsBuilder.newInstance()
        .query(request.getQueryString())
        .build()
        .getQueryParams()
        .forEach(
            (name, values) ->
                query.put(
                    name,
                    values.stream()
                        .map(
                            v ->
                                v == null
                                    ? ""
                                    : java.net.URLDecoder.decode(v, StandardCharsets.UTF_8))
                        .toList()));
    return query;
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(
          name.toLowerCase(java.util.Locale.ROOT), Collections.list(request.getHeaders(name)));
    }
    return headers;
  }
}
