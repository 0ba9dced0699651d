package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A small client of the Bot Framework Connector REST API ({@code {serviceUrl}/v3/conversations…}):
 * JSON in and out, the bot's bearer token when an app id is configured. It answers every HTTP
 * status as a {@link ConnectorResponse}; it throws only when no answer came (I/O, timeout, no
 * token). It never logs bodies: they carry what people wrote.
 */
public final class TeamsConnector {

  static final ObjectMapper JSON = new ObjectMapper();

  private final ConnectorTokens tokens;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;

  public TeamsConnector(ConnectorTokens tokens, HttpClient http, Duration timeout, Clock clock) {
    this.tokens = tokens;
    this.http = http;
    this.timeout = timeout;
    this.clock = clock;
  }

  public ConnectorResponse post(String serviceUrl, String path, JsonNode body)
      throws ConnectorUnavailableException {
    return call("POST", serviceUrl, path, body);
  }

  public ConnectorResponse put(String serviceUrl, String path, JsonNode body)
      throws ConnectorUnavailableException {
    return call("PUT", serviceUrl, path, body);
  }

  public ConnectorResponse get(String serviceUrl, String path)
      throws ConnectorUnavailableException {
    return call("GET", serviceUrl, path, null);
  }

  /** A conversation or activity id as one path segment. */
  public static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private ConnectorResponse call(String method, String serviceUrl, String path, JsonNode body)
      throws ConnectorUnavailableException {
    String base =
        serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
    HttpRequest.Builder request =
        PlainHttp.versionFor(URI.create(base + path))
            .timeout(timeout)
            .header("Accept", "application/json");
    try {
      tokens.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
      if (body == null) {
        request.GET();
      } else {
        request
            .header("Content-Type", "application/json; charset=utf-8")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      }
      HttpResponse<String> response = sent(method, path, request.build());
      if (response.statusCode() == 401) {
        tokens.invalidate();
      }
      return new ConnectorResponse(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After").flatMap(this::retryAfter),
          parse(response.body()).path("error").path("code").asText(""));
    } catch (ConnectorTokens.TokenUnavailableException e) {
      throw new ConnectorUnavailableException("no connector token: " + PlainHttp.causes(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorUnavailableException("interrupted", e);
    } catch (IOException e) {
      throw new ConnectorUnavailableException(
          "Teams connector unreachable: " + PlainHttp.causes(e), e);
    }
  }

  /** Sends a request to the connector, counted as {@code trellis.platform.calls}. */
  private HttpResponse<String> sent(String method, String path, HttpRequest request)
      throws IOException, InterruptedException {
    String operation = ConnectorCalls.operation(method, path);
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      ConnectorCalls.count(operation, response.statusCode());
      return response;
    } catch (IOException e) {
      ConnectorCalls.countUnanswered(operation);
      throw e;
    }
  }

  /** {@code Retry-After} as seconds or as an HTTP date. */
  private Optional<Duration> retryAfter(String value) {
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** No answer came from the connector: it could not be reached, timed out, or no token. */
  public static final class ConnectorUnavailableException extends Exception {
    ConnectorUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
