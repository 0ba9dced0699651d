package dev.trellis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory ({@code TRELLIS_DATA_DIR}): the embedded database file, the generated
 * encryption key and the generated admin token. Only its owner may enter it (0700) and read or
 * write Trellis's files in it (0600): a new directory is created so, and an existing one that is
 * looser is tightened at start, with a warning. Other files in it are left alone. On a file system
 * without POSIX permissions nothing is changed.
 */
public final class DataDirectory {

  static final String DIRECTORY_MODE = "rwx------";
  static final String FILE_MODE = "rw-------";

  private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private DataDirectory() {}

  /** Creates the directory, or tightens it and Trellis's files in it; answers its full path. */
  public static Path prepare(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      if (!isPosix()) {
        return Files.createDirectories(dir);
      }
      if (!Files.isDirectory(dir)) {
        create(dir);
      }
      tighten(dir, DIRECTORY_MODE, "the data directory");
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, DataDirectory::isTrellis)) {
        for (Path file : files) {
          tighten(file, FILE_MODE, "the file");
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create or restrict the data directory " + dir + " (set TRELLIS_DATA_DIR)", e);
    }
  }

  private static void create(Path dir) throws IOException {
    if (dir.getParent() != null) {
      Files.createDirectories(dir.getParent());
    }
    try {
      Files.createDirectory(
          dir,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(DIRECTORY_MODE)));
    } catch (FileAlreadyExistsException e) {
      // another process created it meanwhile: tightened below like any existing one
    }
  }

  /** The database file (and H2's temporary files beside it), the key and the admin token. */
  private static boolean isTrellis(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.startsWith("trellis.")
            || name.equals("encryption-key")
            || name.equals("admin-token"));
  }

  private static void tighten(Path path, String mode, String what) throws IOException {
    Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
    if (OWNER_ONLY.containsAll(now)) {
      return;
    }
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    log.warn(
        "Others could use {} {} ({}): restricted it to its owner ({})",
        what,
        path,
        PosixFilePermissions.toString(now),
        mode);
  }

  private static boolean isPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
