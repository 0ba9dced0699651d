package dev.trellis.app.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario's JSON in {@code target/bench/<scenario>.json}: when and on which commit it ran, the
 * settings, the figures, and each target with whether it was met. It is written before the targets
 * are asserted, so a missed target still leaves its figures.
 */
final class BenchReport {

  static final Path DIRECTORY = Path.of("target", "bench");

  private final String scenario;
  private final Map<String, Object> json = new LinkedHashMap<>();
  private final List<Map<String, Object>> targets = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();

  BenchReport(String scenario, HarnessSettings settings) {
    this.scenario = scenario;
    json.put("scenario", scenario);
    json.put("ranAt", Instant.now().toString());
    json.put("commit", git("rev-parse", "HEAD"));
    json.put("commitSubject", git("log", "-1", "--format=%s"));
    json.put("uncommittedChanges", !git("status", "--porcelain", "--untracked-files=no").isBlank());
    json.put("harness", settings.asJson());
  }

  BenchReport put(String key, Object value) {
    json.put(key, value);
    return this;
  }

  /** A target and whether the run met it. */
  BenchReport target(String description, boolean met, Object measured) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", description);
    t.put("measured", measured);
    t.put("met", met);
    targets.add(t);
    if (!met) {
      missed.add(description + " (measured " + measured + ")");
    }
    return this;
  }

  List<String> missed() {
    return missed;
  }

  Path write() {
    json.put("targets", targets);
    json.put("allTargetsMet", missed.isEmpty());
    try {
      Files.createDirectories(DIRECTORY);
      Path file = DIRECTORY.resolve(scenario + ".json");
      Files.writeString(
          file,
          JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? out : "(unknown)";
    } catch (IOException e) {
      return "(unknown)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(unknown)";
    }
  }
}
