package dev.trellis.testkit.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A WireMock standing in for the Bot Framework: the connector (each activity's {@code serviceUrl}),
 * the token endpoint, and the OpenID metadata and key set that publish {@link TeamsRequests#KEYS}.
 */
public final class TeamsStandIn {

  public static final String ACCESS_TOKEN = "connector-access-token-e2e";
  public static final String TOKEN_PATH = "/botframework.com/oauth2/v2.0/token";
  public static final String METADATA_PATH = "/v1/.well-known/openidconfiguration";
  public static final String KEYS_PATH = "/v1/.well-known/keys";

  /** The connector's path in the service URL, which ends with a slash as Teams' do. */
  public static final String CONNECTOR = "/amer";

  private TeamsStandIn() {}

  /** The service URL activities name: the stand-in connector, with its trailing slash. */
  public static String serviceUrl(WireMockServer teams) {
    return teams.baseUrl() + CONNECTOR + "/";
  }

  /**
   * Forgets earlier tests' stubs and requests; then serves the metadata and keys, hands out {@link
   * #ACCESS_TOKEN}, and takes activities (each gets an id of its own, as Teams gives) and updates.
   */
  public static void answersAsTheBotFrameworkDoes(WireMockServer teams) {
    teams.resetAll();
    teams.stubFor(
        get(urlEqualTo(METADATA_PATH))
            .willReturn(okJson(BotFrameworkKeys.openIdMetadata(teams.baseUrl() + KEYS_PATH))));
    teams.stubFor(get(urlEqualTo(KEYS_PATH)).willReturn(okJson(TeamsRequests.keySet())));
    teams.stubFor(
        post(urlEqualTo(TOKEN_PATH))
            .willReturn(
                okJson(
                    "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
                        + "\"access_token\":\""
                        + ACCESS_TOKEN
                        + "\"}")));
    teams.stubFor(
        post(urlPathMatching(CONNECTOR + "/v3/conversations/[^/]+/activities"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"1{{randomValue length=12 type='NUMERIC'}}\"}")
                    .withTransformers("response-template")));
    teams.stubFor(
        put(urlPathMatching(CONNECTOR + "/v3/conversations/[^/]+/activities/[^/]+"))
            .willReturn(okJson("{\"id\":\"updated\"}")));
  }
}
