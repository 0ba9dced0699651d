package dev.trellis.core.export;

import dev.trellis.core.message.AttachedFiles;
import dev.trellis.core.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a platform's sender needs to deliver an export attached to a message ({@link
 * dev.trellis.core.message.FileAttachment}): its bytes while it has not expired, or a one-time link
 * to it where the platform cannot take the file; and dropping it once it is delivered or declined.
 */
public final class ExportFiles implements AttachedFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StoredExports stored;
  private final Supplier<String> publicUrl;
  private final Clock clock;

  /** {@code publicUrl}: where people reach the service ({@code trellis.public-url}). */
  public ExportFiles(StoredExports stored, String publicUrl, Clock clock) {
    this(stored, () -> publicUrl, clock);
  }

  /** {@code publicUrl} is read for each link: a service's port may be known only once it runs. */
  public ExportFiles(StoredExports stored, Supplier<String> publicUrl, Clock clock) {
    this.stored = stored;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /** The export's JSON as UTF-8 bytes; empty when it expired or is gone. */
  @Override
  public Optional<byte[]> bytes(OrgId orgId, String id) {
    return stored
        .find(orgId, id, clock.instant())
        .map(e -> e.json().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new one-time link to the export (a link issued before stops working); empty when it expired
   * or is gone.
   */
  @Override
  public Optional<String> link(OrgId orgId, String id) {
    if (stored.find(orgId, id, clock.instant()).isEmpty()) {
      return Optional.empty();
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    stored.linkTo(orgId, id, hash(token));
    String base = publicUrl.get();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return Optional.of(base + "/exports/" + token);
  }

  /** The export a link's token leads to, once; empty for any other token. */
  public Optional<StoredExport> take(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return stored.takeByLink(hash(token), clock.instant());
  }

  @Override
  public void discard(OrgId orgId, String id) {
    stored.delete(orgId, id);
  }

  static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
