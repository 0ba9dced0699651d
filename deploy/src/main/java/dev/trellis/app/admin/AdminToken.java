package dev.trellis.app.admin;

import dev.trellis.app.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token of the admin API: {@code TRELLIS_ADMIN_TOKEN}, or else one generated on first
 * start and kept in the data directory. The token itself is never logged, only where to find it.
 */
public final class AdminToken {

  static final String FILE_NAME = "admin-token";
  static final int MIN_LENGTH = 16;
  private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

  private final byte[] token;

  private AdminToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  public static AdminToken resolve(String configured, Path dataDir) {
    if (configured != null && !configured.isBlank()) {
      if (configured.strip().length() < MIN_LENGTH) {
        throw new IllegalStateException(
            "TRELLIS_ADMIN_TOKEN is shorter than "
                + MIN_LENGTH
                + " characters; use a long random value (for example: openssl rand -hex 32),"
                + " or unset it to have one generated");
      }
      log.info("Admin API token: from TRELLIS_ADMIN_TOKEN");
      return new AdminToken(configured.strip());
    }
    Path file = DataDirectory.prepare(dataDir).resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        log.info("Admin API token: read it from {} (or set TRELLIS_ADMIN_TOKEN)", file);
        return new AdminToken(Files.readString(file, StandardCharsets.UTF_8).strip());
      }
      String generated = generate();
      write(file, generated);
      log.info(
          "Admin API token: generated on first start; read it from {} (or set"
              + " TRELLIS_ADMIN_TOKEN)",
          file);
      return new AdminToken(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or write the admin token file " + file + " (set TRELLIS_ADMIN_TOKEN)", e);
    }
  }

  /** Compares in constant time, so the answer's timing says nothing about the token. */
  public boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void write(Path file, String token) throws IOException {
    Files.createDirectories(file.getParent());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
  }
}
