package dev.trellis.slack.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files outside the module: the shared Slack fixtures and schemas ({@code shared/...}, found above
 * the working directory) and the app manifest ({@code deploy/slack/manifest.yml} of the
 * repository).
 */
final class SharedFiles {

  private SharedFiles() {}

  static String slackFixture(String name) {
    return read(above("shared/fixtures/slack").resolve(name));
  }

  static String schema(String name) {
    return read(above("shared/schemas").resolve(name));
  }

  static String manifest() {
    return read(above("deploy/slack").resolve("manifest.yml"));
  }

  private static Path above(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
