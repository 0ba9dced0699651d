package dev.trellis.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared sample files in {@code shared/fixtures} (see its SOURCES.md), found from any working
 * directory: surefire runs in the module directory and {@code shared/} sits beside the checkout.
 */
public final class Fixtures {

  private Fixtures() {}

  public static Path org(String file) {
    return root().resolve("org").resolve(file);
  }

  public static Path slack(String file) {
    return root().resolve("slack").resolve(file);
  }

  public static Path teams(String file) {
    return root().resolve("teams").resolve(file);
  }

  public static String text(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures");
      if (Files.isDirectory(candidate.resolve("org"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/fixtures not found above " + Path.of("").toAbsolutePath());
  }
}
