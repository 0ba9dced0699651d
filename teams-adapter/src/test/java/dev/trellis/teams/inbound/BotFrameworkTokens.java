package dev.trellis.teams.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWTCreator;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import dev.trellis.testkit.teams.BotFrameworkKeys;
import java.security.KeyPair;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Bot Framework's side of the token check, for a test class: a WireMock serves the OpenID
 * metadata and the key set of {@link BotFrameworkKeys} that the SDK checks tokens against. The
 * SDK's metadata URL is static state: it points here only while the test class runs.
 */
final class BotFrameworkTokens implements BeforeAllCallback, AfterAllCallback {

  static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";
  static final String KEY_ID = "trellis-test-key";

  final KeyPair keys = BotFrameworkKeys.newKeyPair();
  final KeyPair otherKeys = BotFrameworkKeys.newKeyPair();
  private WireMockServer server;
  private String previousMetadataUrl;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    server.stubFor(
        get("/v1/.well-known/openidconfiguration")
            .willReturn(
                okJson(
                    BotFrameworkKeys.openIdMetadata(server.baseUrl() + "/v1/.well-known/keys"))));
    server.stubFor(
        get("/v1/.well-known/keys").willReturn(okJson(BotFrameworkKeys.keySet(KEY_ID, keys))));
    previousMetadataUrl = ChannelValidation.getOpenIdMetaDataUrl();
    ChannelValidation.setOpenIdMetaDataUrl(
        server.baseUrl() + "/v1/.well-known/openidconfiguration");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ChannelValidation.setOpenIdMetaDataUrl(previousMetadataUrl);
    server.stop();
  }

  /** The check of a bot registered with {@link #APP_ID}. */
  TeamsAuthentication authentication() {
    return new TeamsAuthentication(APP_ID, "secret", false);
  }

  /** A token the Bot Framework would send with an activity of this service URL, for an hour. */
  JWTCreator.Builder token(String serviceUrl) {
    return BotFrameworkKeys.token(KEY_ID, APP_ID, serviceUrl);
  }

  /** The {@code Authorization} header the Bot Framework would send with this activity. */
  String authorizationFor(String activityJson) {
    return signed(token(TeamsActivityJson.parse(activityJson).getServiceUrl()), keys);
  }

  static String signed(JWTCreator.Builder token, KeyPair with) {
    return BotFrameworkKeys.signed(token, with);
  }
}
