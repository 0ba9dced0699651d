package dev.trellis.teams.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import dev.trellis.teams.TeamsProperties;
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
import java.util.Optional;

/**
 * The bot's OAuth token for the Bot Framework connector (client credentials against Microsoft Entra
 * ID), cached until five minutes before it expires. With no app id (the Bot Framework Emulator,
 * local testing) there is no token and requests go without one.
 *
 * <p>The Bot Framework SDK's own {@code MicrosoftAppCredentials} gets its token through MSAL, which
 * accepts only an https authority; this small client takes any token URL so tests can point it at a
 * stub.
 */
public final class ConnectorTokens {

  /** Where tokens come from: the configured token URL, else {@link #defaultTokenUrl}. */
  public static URI tokenUrl(TeamsProperties properties) {
    return properties.tokenUrl() == null || properties.tokenUrl().isBlank()
        ? defaultTokenUrl(properties)
        : URI.create(properties.tokenUrl());
  }

  /** Single-tenant bots get their token from their own tenant, the rest from botframework.com. */
  public static URI defaultTokenUrl(TeamsProperties properties) {
    boolean singleTenant =
        "SingleTenant".equalsIgnoreCase(properties.appType())
            && properties.tenantId() != null
            && !properties.tenantId().isBlank();
    String tenant =
        singleTenant ? properties.tenantId() : AuthenticationConstants.DEFAULT_CHANNEL_AUTH_TENANT;
    return URI.create("https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token");
  }

  private static final Duration EARLY_REFRESH = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TeamsProperties properties;
  private final URI tokenUrl;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private String token;
  private Instant refreshAt = Instant.MIN;

  public ConnectorTokens(
      TeamsProperties properties, URI tokenUrl, HttpClient http, Duration timeout, Clock clock) {
    this.properties = properties;
    this.tokenUrl = tokenUrl;
    this.http = http;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** The token to send, empty when no app id is configured. */
  public synchronized Optional<String> token() throws IOException, TokenUnavailableException {
    if (!properties.isConfigured()) {
      return Optional.empty();
    }
    if (token != null && clock.instant().isBefore(refreshAt)) {
      return Optional.of(token);
    }
    String form =
        "grant_type=client_credentials"
            + "&client_id="
            + encode(properties.appId())
            + "&client_secret="
            + encode(properties.appPassword() == null ? "" : properties.appPassword())
            + "&scope="
            + encode(AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    HttpRequest request =
        PlainHttp.versionFor(tokenUrl)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      ConnectorCalls.count(ConnectorCalls.TOKEN, response.statusCode());
    } catch (IOException e) {
      ConnectorCalls.countUnanswered(ConnectorCalls.TOKEN);
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while getting a token", e);
    }
    if (response.statusCode() != 200) {
      // The body may name the app; only its error code is kept.
      throw new TokenUnavailableException(
          "token endpoint answered HTTP " + response.statusCode() + errorCode(response.body()));
    }
    JsonNode body = JSON.readTree(response.body());
    String accessToken = body.path("access_token").asText("");
    if (accessToken.isBlank()) {
      throw new TokenUnavailableException("token endpoint answered without an access_token");
    }
    long expiresIn = body.path("expires_in").asLong(3600);
    token = accessToken;
    refreshAt = clock.instant().plusSeconds(expiresIn).minus(EARLY_REFRESH);
    return Optional.of(token);
  }

  /** The connector refused the token: the next request gets a fresh one. */
  public synchronized void invalidate() {
    token = null;
    refreshAt = Instant.MIN;
  }

  private static String errorCode(String body) {
    try {
      String code = JSON.readTree(body).path("error").asText("");
      return code.isBlank() ? "" : " (" + code + ")";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The token endpoint refused to give a token (a wrong app id or secret, say). */
  public static final class TokenUnavailableException extends Exception {
    TokenUnavailableException(String message) {
      super(message);
    }
  }
}
