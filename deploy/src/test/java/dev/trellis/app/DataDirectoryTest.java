package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryTest {

  @TempDir Path parent;

  @Test
  void aNewDataDirectoryIsCreatedForItsOwnerOnly(CapturedOutput output) throws Exception {
    Path dir = parent.resolve("var/trellis/data");

    Path prepared = DataDirectory.prepare(dir);

    assertThat(prepared).isEqualTo(dir.toAbsolutePath().normalize()).isDirectory();
    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(output.getOut()).doesNotContain("Others could use");
  }

  @Test
  void anExistingLooseDataDirectoryAndTrellissFilesInItAreTightenedAndThatIsLogged(
      CapturedOutput output) throws Exception {
    Path dir = Files.createDirectory(parent.resolve("data"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String name : new String[] {"trellis.mv.db", "encryption-key", "admin-token", "notes"}) {
      Files.writeString(dir.resolve(name), "x");
      Files.setPosixFilePermissions(
          dir.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
    }

    DataDirectory.prepare(dir);

    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("trellis.mv.db"))).isEqualTo("rw-------");
    assertThat(mode(dir.resolve("encryption-key"))).isEqualTo("rw-------");
    assertThat(mode(dir.resolve("admin-token"))).isEqualTo("rw-------");
    assertThat(mode(dir.resolve("notes"))).as("not Trellis's").isEqualTo("rw-r--r--");
    assertThat(output.getOut())
        .contains("Others could use the data directory " + dir + " (rwxr-xr-x)")
        .contains("Others could use the file " + dir.resolve("trellis.mv.db") + " (rw-r--r--)")
        .doesNotContain(dir.resolve("notes").toString());
  }

  @Test
  void aDataDirectoryAlreadyPrivateIsLeftAsItIs(CapturedOutput output) throws Exception {
    Path dir = Files.createDirectory(parent.resolve("data"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(dir.resolve("encryption-key"), "x");
    Files.setPosixFilePermissions(
        dir.resolve("encryption-key"), PosixFilePermissions.fromString("r--------"));

    DataDirectory.prepare(dir);

    assertThat(mode(dir.resolve("encryption-key"))).isEqualTo("r--------");
    assertThat(output.getOut()).doesNotContain("Others could use");
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
