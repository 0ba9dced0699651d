package dev.trellis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts reflection text at rest: {@code TRELLIS_ENCRYPTION_KEY} (the base64 of 32
 * bytes), or else one generated on first start and kept in the data directory, readable only by its
 * owner (see {@link DataDirectory}). The key itself is never logged, only where it is. Without the
 * key the stored text cannot be read, so a malformed key stops start-up instead of being replaced.
 */
final class EncryptionKey {

  static final String FILE_NAME = "encryption-key";
  static final int BYTES = 32;
  private static final Logger log = LoggerFactory.getLogger(EncryptionKey.class);

  private final byte[] key;

  private EncryptionKey(byte[] key) {
    this.key = key;
  }

  /**
   * The configured key, or the one in {@code <dataDir>/encryption-key}, generated there when
   * missing. {@code sharedDatabase} is true when several instances may use one MongoDB: they must
   * then share one key, which a key generated per data directory does not ensure.
   */
  static EncryptionKey resolve(String configured, Path dataDir, boolean sharedDatabase) {
    if (configured != null && !configured.isBlank()) {
      byte[] key =
          decode(configured)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "TRELLIS_ENCRYPTION_KEY is not the base64 of "
                              + BYTES
                              + " bytes. Set it to a fresh key (for example: openssl rand -base64"
                              + " 32), or unset it to have one generated into the data directory."
                              + " If reflections were stored already, restore the key they were"
                              + " written with."));
      log.info("Encryption key: from TRELLIS_ENCRYPTION_KEY");
      return new EncryptionKey(key);
    }
    Path file = DataDirectory.prepare(dataDir).resolve(FILE_NAME);
    EncryptionKey key = fromFile(file);
    if (sharedDatabase) {
      log.warn(
          "MONGODB_URI is set but TRELLIS_ENCRYPTION_KEY is not: every instance that shares the"
              + " database must use the same key, or each one cannot read what the others wrote."
              + " Set TRELLIS_ENCRYPTION_KEY on every instance to the content of {}.",
          file);
    }
    return key;
  }

  /** A copy of the 32 key bytes. */
  byte[] bytes() {
    return key.clone();
  }

  private static EncryptionKey fromFile(Path file) {
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      byte[] generated = new byte[BYTES];
      new SecureRandom().nextBytes(generated);
      try {
        write(file, Base64.getEncoder().encodeToString(generated));
      } catch (FileAlreadyExistsException e) {
        // Another process wrote it first: use that one.
        return read(file);
      }
      log.warn(
          "Encryption key: generated on first start into {}. Back it up with the database: if it is"
              + " lost, stored reflections cannot be read. To manage the key yourself, set"
              + " TRELLIS_ENCRYPTION_KEY to the file's content.",
          file);
      return new EncryptionKey(generated);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or write the encryption key file "
              + file
              + " (check TRELLIS_DATA_DIR, or set TRELLIS_ENCRYPTION_KEY)",
          e);
    }
  }

  private static EncryptionKey read(Path file) throws IOException {
    byte[] key =
        decode(Files.readString(file, StandardCharsets.UTF_8))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The encryption key file "
                            + file
                            + " does not hold the base64 of "
                            + BYTES
                            + " bytes. Restore it from a backup: stored reflections can only be"
                            + " read with the key they were written with. Delete it only if"
                            + " nothing was stored yet, and a new key is generated."));
    log.info("Encryption key: read from {} (or set TRELLIS_ENCRYPTION_KEY)", file);
    return new EncryptionKey(key);
  }

  /** The key bytes of standard or URL-safe base64 text; empty unless exactly 32 bytes. */
  static Optional<byte[]> decode(String text) {
    String compact = text.strip();
    for (Base64.Decoder decoder :
        new Base64.Decoder[] {Base64.getDecoder(), Base64.getUrlDecoder()}) {
      try {
        byte[] bytes = decoder.decode(compact);
        return bytes.length == BYTES ? Optional.of(bytes) : Optional.empty();
      } catch (IllegalArgumentException notThisAlphabet) {
        // try the next alphabet
      }
    }
    return Optional.empty();
  }

  /**
   * Writes the key to a temporary file first and then moves it into place, so the key file is never
   * seen half-written, and a file another process created meanwhile is never replaced.
   */
  private static void write(Path file, String key) throws IOException {
    Path temporary =
        isPosix()
            ? Files.createTempFile(
                file.getParent(),
                FILE_NAME,
                ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(file.getParent(), FILE_NAME, ".new");
    try {
      Files.writeString(temporary, key + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static boolean isPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
