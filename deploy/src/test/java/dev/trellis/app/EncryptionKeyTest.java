package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeyTest {

  private static final byte[] KEY = new byte[32];

  static {
    for (int i = 0; i < KEY.length; i++) {
      KEY[i] = (byte) (i * 7 + 250);
    }
  }

  @TempDir Path dataDir;

  @Test
  void givenNoConfiguredKey_thenOneIsGeneratedOnceKeptPrivateAndReused(CapturedOutput output)
      throws Exception {
    EncryptionKey first = EncryptionKey.resolve("", dataDir, false);
    String stored = Files.readString(keyFile()).strip();
    EncryptionKey second = EncryptionKey.resolve(null, dataDir, false);

    assertThat(Base64.getDecoder().decode(stored)).isEqualTo(first.bytes()).hasSize(32);
    assertThat(second.bytes()).isEqualTo(first.bytes());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile())))
        .isEqualTo("rw-------");
    assertThat(output.getOut())
        .contains("Encryption key: generated on first start into " + keyFile())
        .contains("if it is lost, stored reflections cannot be read")
        .contains("Encryption key: read from " + keyFile())
        .doesNotContain(stored);
    assertThat(dataDir.toFile().list()).containsExactly("encryption-key");
  }

  @Test
  void givenAConfiguredKey_thenItIsUsedAndNoFileIsWritten(CapturedOutput output) {
    String configured = Base64.getEncoder().encodeToString(KEY);

    EncryptionKey key = EncryptionKey.resolve("  " + configured + "\n", dataDir, true);

    assertThat(key.bytes()).isEqualTo(KEY);
    assertThat(keyFile()).doesNotExist();
    assertThat(output.getOut())
        .contains("Encryption key: from TRELLIS_ENCRYPTION_KEY")
        .doesNotContain(configured)
        .doesNotContain("MONGODB_URI is set");
  }

  @Test
  void givenAUrlSafeBase64Key_thenItIsAcceptedToo() {
    String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY);

    assertThat(EncryptionKey.resolve(urlSafe, dataDir, false).bytes()).isEqualTo(KEY);
  }

  @Test
  void givenAMalformedConfiguredKey_thenStartingFailsWithWhatToDoButNeverTheKey() {
    String notBase64 = "this is not base64 at all!";
    String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> EncryptionKey.resolve(notBase64, dataDir, false))
        .hasMessageContaining("TRELLIS_ENCRYPTION_KEY is not the base64 of 32 bytes")
        .hasMessageContaining("openssl rand -base64 32")
        .message()
        .doesNotContain(notBase64);
    assertThatThrownBy(() -> EncryptionKey.resolve(tooShort, dataDir, false))
        .hasMessageContaining("TRELLIS_ENCRYPTION_KEY is not the base64 of 32 bytes")
        .message()
        .doesNotContain(tooShort);
    assertThat(keyFile()).doesNotExist();
  }

  @Test
  void givenADamagedKeyFile_thenStartingFailsAndSaysToRestoreIt() throws Exception {
    Files.writeString(keyFile(), "half-a-key\n");

    assertThatThrownBy(() -> EncryptionKey.resolve("", dataDir, false))
        .hasMessageContaining("The encryption key file " + keyFile())
        .hasMessageContaining("Restore it from a backup");
    assertThat(Files.readString(keyFile())).isEqualTo("half-a-key\n");
  }

  @Test
  void givenASharedDatabaseAndNoConfiguredKey_thenWarnsThatEveryInstanceNeedsTheSameKey(
      CapturedOutput output) {
    EncryptionKey.resolve("", dataDir, true);

    assertThat(output.getOut())
        .contains("MONGODB_URI is set but TRELLIS_ENCRYPTION_KEY is not")
        .contains("to the content of " + keyFile());
  }

  @Test
  void givenAKeyFileOthersCanRead_thenItIsRestrictedToItsOwnerAndThatIsLogged(CapturedOutput output)
      throws Exception {
    Files.writeString(keyFile(), Base64.getEncoder().encodeToString(KEY));
    Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));

    EncryptionKey key = EncryptionKey.resolve("", dataDir, false);

    assertThat(key.bytes()).isEqualTo(KEY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile())))
        .isEqualTo("rw-------");
    assertThat(output.getOut())
        .contains("Others could use the file " + keyFile() + " (rw-r--r--)")
        .doesNotContain(Base64.getEncoder().encodeToString(KEY));
  }

  private Path keyFile() {
    return dataDir.toAbsolutePath().normalize().resolve("encryption-key");
  }
}
