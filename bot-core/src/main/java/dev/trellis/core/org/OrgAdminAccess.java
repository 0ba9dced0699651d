package dev.trellis.core.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, checks and revokes org-scoped admin tokens. A token is {@code trellis-org.<id>.<secret>}:
 * 256 random bits of secret, so its SHA-256 is enough to keep (no salt or slow hash needed), and
 * the id finds the stored hash without searching by it. Hashes are compared in constant time.
 */
public final class OrgAdminAccess {

  public static final int MAX_NAME_LENGTH = 100;
  static final String PREFIX = "trellis-org.";

  private final OrgAdminTokens tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public OrgAdminAccess(OrgAdminTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** What issuing gave: the stored token and the token itself, to show once. */
  public sealed interface Issue {
    record Issued(OrgAdminToken stored, String token) implements Issue {}

    record Invalid(String reason) implements Issue {}
  }

  public Issue issue(OrgId orgId, String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      return new Issue.Invalid("name is required: say whom the token is for");
    }
    if (trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
      return new Issue.Invalid(
          "name is 1 to "
              + MAX_NAME_LENGTH
              + " characters on one line, without control characters");
    }
    String id = HexFormat.of().formatHex(randomBytes(8));
    String token =
        PREFIX + id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    OrgAdminToken stored =
        new OrgAdminToken(
            id,
            orgId,
            trimmed,
            HexFormat.of().formatHex(sha256(token)),
            clock.instant(),
            Optional.empty());
    tokens.add(stored);
    return new Issue.Issued(stored, token);
  }

  public List<OrgAdminToken> list(OrgId orgId) {
    return tokens.list(orgId);
  }

  public boolean revoke(OrgId orgId, String id) {
    return OrgAdminToken.isValidId(id) && tokens.remove(orgId, id);
  }

  /** The token presented, noting when it was used; empty for anything else. */
  public Optional<OrgAdminToken> verify(String presented) {
    if (presented == null || !presented.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = presented.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    if (dot < 0 || !OrgAdminToken.isValidId(rest.substring(0, dot))) {
      return Optional.empty();
    }
    Optional<OrgAdminToken> stored = tokens.find(rest.substring(0, dot));
    if (stored.isEmpty()
        || !MessageDigest.isEqual(
            HexFormat.of().parseHex(stored.get().sha256()), sha256(presented))) {
      return Optional.empty();
    }
    tokens.markUsed(stored.get().id(), clock.instant());
    return stored;
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
