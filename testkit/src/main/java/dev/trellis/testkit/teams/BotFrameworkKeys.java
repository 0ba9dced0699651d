package dev.trellis.testkit.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The Bot Framework's side of the token check: keys generated here, published as its OpenID
 * metadata and key set (endorsed for {@code msteams}) publish them, and tokens signed with them as
 * the Bot Framework signs them.
 */
public final class BotFrameworkKeys {

  public static final String ISSUER = "https://api.botframework.com";

  private BotFrameworkKeys() {}

  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The OpenID metadata that points the SDK at the key set at {@code keysUrl}. */
  public static String openIdMetadata(String keysUrl) {
    return "{\"issuer\":\""
        + ISSUER
        + "\",\"jwks_uri\":\""
        + keysUrl
        + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
  }

  /** The JSON Web Key Set that publishes the public half of {@code keys}, endorsed for Teams. */
  public static String keySet(String keyId, KeyPair keys) {
    RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
    return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
        + keyId
        + "\",\"n\":\""
        + base64Url(pub.getModulus())
        + "\",\"e\":\""
        + base64Url(pub.getPublicExponent())
        + "\",\"endorsements\":[\"msteams\"]}]}";
  }

  /**
   * A token the Bot Framework would send to the bot {@code appId} for this service URL, for an
   * hour.
   */
  public static JWTCreator.Builder token(String keyId, String appId, String serviceUrl) {
    Instant now = Instant.now();
    return JWT.create()
        .withKeyId(keyId)
        .withIssuer(ISSUER)
        .withAudience(appId)
        .withNotBefore(Date.from(now.minusSeconds(60)))
        .withIssuedAt(Date.from(now.minusSeconds(60)))
        .withExpiresAt(Date.from(now.plus(Duration.ofHours(1))))
        .withClaim("serviceurl", serviceUrl);
  }

  /** The {@code Authorization} header value of this token signed with {@code with}. */
  public static String signed(JWTCreator.Builder token, KeyPair with) {
    return "Bearer "
        + token.sign(
            Algorithm.RSA256((RSAPublicKey) with.getPublic(), (RSAPrivateKey) with.getPrivate()));
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      byte[] trimmed = new byte[bytes.length - 1];
      System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
      bytes = trimmed;
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
