package dev.trellis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {

  @TempDir Path dataDir;

  @Test
  void givenNoConfiguredToken_thenOneIsGeneratedOnceAndKeptPrivate() throws Exception {
    AdminToken first = AdminToken.resolve("", dataDir);
    String stored = Files.readString(dataDir.resolve("admin-token")).strip();
    AdminToken second = AdminToken.resolve(null, dataDir);

    assertThat(stored).hasSizeGreaterThanOrEqualTo(40);
    assertThat(first.matches(stored)).isTrue();
    assertThat(second.matches(stored)).isTrue();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("admin-token"))))
        .isEqualTo("rw-------");
  }

  @Test
  void givenAConfiguredToken_thenOnlyItMatchesAndNoFileIsWritten() {
    AdminToken token = AdminToken.resolve("  a-long-enough-admin-token  ", dataDir);

    assertThat(token.matches("a-long-enough-admin-token")).isTrue();
    assertThat(token.matches("a-long-enough-admin-toke")).isFalse();
    assertThat(token.matches(null)).isFalse();
    assertThat(dataDir.resolve("admin-token")).doesNotExist();
  }

  @Test
  void givenAShortConfiguredToken_thenStartingFailsWithWhatToDo() {
    assertThatThrownBy(() -> AdminToken.resolve("secret", dataDir))
        .hasMessageContaining("TRELLIS_ADMIN_TOKEN is shorter than 16 characters");
  }
}
