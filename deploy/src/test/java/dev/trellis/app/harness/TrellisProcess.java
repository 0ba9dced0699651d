package dev.trellis.app.harness;

import dev.trellis.app.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One Trellis replica as an operator runs it: {@code java -jar trellis.jar} in a process of its
 * own, configured only through its environment, so {@link #kill} is a real SIGKILL.
 */
final class TrellisProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofSeconds(180);

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private TrellisProcess(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a replica with {@code environment} added to this JVM's, and waits until healthy. */
  static TrellisProcess start(
      String name, String jar, Map<String, String> environment, Path workDir) {
    int port = ServiceProcess.freePort();
    Path data = workDir.resolve(name + "-data");
    Path log = workDir.resolve(name + ".log");
    try {
      Files.createDirectories(data);
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx768m",
                      "-jar",
                      Path.of(jar).toAbsolutePath().toString()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      builder.environment().put("SERVER_PORT", Integer.toString(port));
      builder.environment().put("TRELLIS_DATA_DIR", data.toString());
      TrellisProcess started = new TrellisProcess(name, builder.start(), port, log);
      started.awaitHealthy();
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The settings a run passes, with secrets masked, for its JSON. */
  static Map<String, String> shown(Map<String, String> environment) {
    Map<String, String> shown = new TreeMap<>();
    environment.forEach(
        (k, v) ->
            shown.put(
                k,
                k.contains("KEY") || k.contains("SECRET") || k.contains("PASSWORD") ? "(set)" : v));
    System.getenv()
        .forEach(
            (k, v) -> {
              if (k.startsWith("TRELLIS_OUTBOX_") || k.equals("TRELLIS_DISPATCH_INTERVAL")) {
                shown.putIfAbsent(k, v);
              }
            });
    return shown;
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hooks, no graceful stop. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** SIGTERM, as an orchestrator stops a replica; SIGKILL if it is not gone within a minute. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      if (!awaitExit(Duration.ofSeconds(60))) {
        kill();
      }
    }
  }

  private boolean awaitExit(Duration within) {
    try {
      return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    Instant until = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting:\n" + output());
      }
      try {
        if (http.send(health, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      ServiceProcess.sleep(Duration.ofMillis(250));
    }
    close();
    throw new IllegalStateException(name + " did not start within " + STARTUP + ":\n" + output());
  }
}
