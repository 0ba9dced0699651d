package dev.trellis.app.observability;

import dev.trellis.app.admin.AdminToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token of {@code /actuator/prometheus}: {@code TRELLIS_METRICS_TOKEN}. Blank, the
 * endpoint is closed. It opens the metrics and nothing else, so it may not be the admin token
 * (whoever scrapes metrics would then hold the admin API too).
 */
final class MetricsToken {

  static final int MIN_LENGTH = 16;

  private final byte[] token;

  private MetricsToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** The configured token; empty when blank (metrics closed). Refuses a short or shared one. */
  static Optional<MetricsToken> resolve(String configured, AdminToken admin) {
    if (configured == null || configured.isBlank()) {
      return Optional.empty();
    }
    String token = configured.strip();
    if (token.length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "TRELLIS_METRICS_TOKEN is shorter than "
              + MIN_LENGTH
              + " characters; use a long random value (for example: openssl rand -hex 32), or"
              + " unset it to keep /actuator/prometheus closed");
    }
    if (admin.matches(token)) {
      throw new IllegalStateException(
          "TRELLIS_METRICS_TOKEN is the admin token; give metrics a token of their own, as"
              + " whoever scrapes them must not hold the admin API");
    }
    return Optional.of(new MetricsToken(token));
  }

  /** Compares in constant time, so the answer's timing says nothing about the token. */
  boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }
}
