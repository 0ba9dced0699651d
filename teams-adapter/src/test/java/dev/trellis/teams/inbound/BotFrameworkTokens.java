package dev.trellis.teams.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Bot Framework's side of the token check, for a test class: a WireMock serves the OpenID
 * metadata and the key set (endorsed for {@code msteams}) that the SDK checks tokens against, and
 * tokens are signed with a key generated here, as the Bot Framework signs them. The SDK's metadata
 * URL is static state: it points here only while the test class runs.
 */
final class BotFrameworkTokens implements BeforeAllCallback, AfterAllCallback {

  static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";
  static final String KEY_ID = "trellis-test-key";
  static final String ISSUER = "https://api.botframework.com";

  final KeyPair keys = rsa();
  final KeyPair otherKeys = rsa();
  private WireMockServer server;
  private String previousMetadataUrl;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String n = b64.encodeToString(unsigned(pub.getModulus().toByteArray()));
    String e = b64.encodeToString(unsigned(pub.getPublicExponent().toByteArray()));
    server.stubFor(
        get("/v1/.well-known/openidconfiguration")
            .willReturn(
                okJson(
                    "{\"issuer\":\""
                        + ISSUER
                        + "\",\"jwks_uri\":\""
                        + server.baseUrl()
                        + "/v1/.well-known/keys\",\"id_token_signing_alg_values_supported\":"
                        + "[\"RS256\"]}")));
    server.stubFor(
        get("/v1/.well-known/keys")
            .willReturn(
                okJson(
                    "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                        + KEY_ID
                        + "\",\"n\":\""
                        + n
                        + "\",\"e\":\""
                        + e
                        + "\",\"endorsements\":[\"msteams\"]}]}")));
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
    Instant now = Instant.now();
    return JWT.create()
        .withKeyId(KEY_ID)
        .withIssuer(ISSUER)
        .withAudience(APP_ID)
        .withNotBefore(Date.from(now.minusSeconds(60)))
        .withExpiresAt(Date.from(now.plus(Duration.ofHours(1))))
        .withClaim("serviceurl", serviceUrl);
  }

  /** The {@code Authorization} header the Bot Framework would send with this activity. */
  String authorizationFor(String activityJson) {
    return signed(token(TeamsActivityJson.parse(activityJson).getServiceUrl()), keys);
  }

  static String signed(JWTCreator.Builder token, KeyPair with) {
    return "Bearer "
        + token.sign(
            Algorithm.RSA256((RSAPublicKey) with.getPublic(), (RSAPrivateKey) with.getPrivate()));
  }

  private static byte[] unsigned(byte[] bytes) {
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return bytes;
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
