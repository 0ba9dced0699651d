package dev.trellis.core.org;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bearer token that opens the admin API for one org only. The token itself is shown once, when it
 * is issued; what is kept is its id (part of the token, shown in lists), a name saying whom it is
 * for, and the SHA-256 of the whole token.
 */
public record OrgAdminToken(
    String id,
    OrgId orgId,
    String name,
    String sha256,
    Instant createdAt,
    Optional<Instant> lastUsedAt) {

  static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  public OrgAdminToken {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("A token id is 16 hex digits, not '" + id + "'");
    }
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("A token is kept as the 64 hex digits of its SHA-256");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
  }

  public static boolean isValidId(String text) {
    return text != null && ID.matcher(text).matches();
  }
}
