package dev.trellis.slack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Slack sample payloads in {@code shared/fixtures/slack} (see its SOURCES.md). Surefire runs in
 * the module directory and {@code shared/} sits beside the checkout, so we walk up to find it.
 */
final class SlackFixtures {

  private static final Path RELATIVE = Path.of("shared", "fixtures", "slack");

  private SlackFixtures() {}

  static String read(String fileName) {
    try {
      return Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture " + fileName, e);
    }
  }

  private static Path directory() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No " + RELATIVE + " directory in " + start + " or any directory above it");
  }
}
