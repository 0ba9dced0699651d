package dev.trellis.teams.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.schema.Activity;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDK's own token check, pointed at a local OpenID metadata document and key set (WireMock)
 * instead of login.botframework.com; tokens are signed with a key generated for the test.
 */
class TeamsAuthenticationTest {

  static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";
  static final String KEY_ID = "trellis-test-key";
  static final String ISSUER = "https://api.botframework.com";

  static WireMockServer server;
  static KeyPair keys;
  static KeyPair otherKeys;
  static String previousMetadataUrl;

  final TeamsAuthentication authentication = new TeamsAuthentication(APP_ID, "secret");
  final Activity activity =
      TeamsActivityJson.parse(TeamsTestWorld.fixture("message.personal.json"));

  @BeforeAll
  static void keySetAndMetadata() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    otherKeys = generator.generateKeyPair();
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

  @AfterAll
  static void restore() {
    ChannelValidation.setOpenIdMetaDataUrl(previousMetadataUrl);
    server.stop();
  }

  private static byte[] unsigned(byte[] bytes) {
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return bytes;
  }

  private JWTCreator.Builder token() {
    Instant now = Instant.now();
    return JWT.create()
        .withKeyId(KEY_ID)
        .withIssuer(ISSUER)
        .withAudience(APP_ID)
        .withNotBefore(Date.from(now.minusSeconds(60)))
        .withExpiresAt(Date.from(now.plus(Duration.ofHours(1))))
        .withClaim("serviceurl", activity.getServiceUrl());
  }

  private static String signed(JWTCreator.Builder token, KeyPair with) {
    return "Bearer "
        + token.sign(
            Algorithm.RSA256((RSAPublicKey) with.getPublic(), (RSAPrivateKey) with.getPrivate()));
  }

  @Test
  void aValidTokenIsAccepted() {
    assertThat(authentication.isAuthentic(signed(token(), keys), activity)).isTrue();
  }

  @Test
  void aMissingTokenIsRefused() {
    assertThat(authentication.isAuthentic(null, activity)).isFalse();
    assertThat(authentication.isAuthentic("", activity)).isFalse();
    assertThat(authentication.isAuthentic("Bearer", activity)).isFalse();
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant past = Instant.now().minus(Duration.ofHours(2));
    String expired =
        signed(
            token()
                .withNotBefore(Date.from(past.minusSeconds(60)))
                .withExpiresAt(Date.from(past.plus(Duration.ofMinutes(30)))),
            keys);
    assertThat(authentication.isAuthentic(expired, activity)).isFalse();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    assertThat(authentication.isAuthentic(signed(token(), otherKeys), activity)).isFalse();
  }

  @Test
  void aTokenForAnotherBotIsRefused() {
    String other = signed(token().withAudience("another-app-id"), keys);
    assertThat(authentication.isAuthentic(other, activity)).isFalse();
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    String other = signed(token().withIssuer("https://sts.windows.net/evil/"), keys);
    assertThat(authentication.isAuthentic(other, activity)).isFalse();
  }

  @Test
  void aTokenForAnotherServiceUrlIsRefused() {
    String other = signed(token().withClaim("serviceurl", "https://evil.example/"), keys);
    assertThat(authentication.isAuthentic(other, activity)).isFalse();
  }

  @Test
  void garbageIsRefused() {
    assertThat(authentication.isAuthentic("Bearer not.a.jwt", activity)).isFalse();
    assertThat(authentication.isAuthentic("Basic dXNlcjpwYXNz", activity)).isFalse();
  }

  @Test
  void withoutAnAppIdEverythingIsAcceptedForLocalTesting() {
    TeamsAuthentication open = new TeamsAuthentication("", "");
    assertThat(open.isOpen()).isTrue();
    assertThat(open.isAuthentic(null, activity)).isTrue();
    assertThat(authentication.isOpen()).isFalse();
  }
}
