package dev.trellis.app.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket of the JDK's own
 * client): navigate, run a script, wait for a condition, take a screenshot. Started with the flags
 * that keep it off the network, in a fresh profile that is deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration START = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  /** The browser binary: {@code CHROMIUM} if set, else the first one installed. */
  static Optional<Path> find() {
    return Stream.concat(Stream.ofNullable(System.getenv("CHROMIUM")), CANDIDATES.stream())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }

  static HeadlessChromium start(Path binary) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("trellis-chromium-");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=1280,1700",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    try {
      return new HeadlessChromium(process, profile, pageSocket(process, profile));
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private HeadlessChromium(Process process, Path profile, URI page) {
    this.process = process;
    this.profile = profile;
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(page, new Replies())
            .orTimeout(START.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  private static URI pageSocket(Process process, Path profile)
      throws IOException, InterruptedException {
    Path portFile = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(START);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IOException(
            "Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpResponse<String> targets =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    for (JsonNode target : JSON.readTree(targets.body())) {
      if ("page".equals(target.path("type").asString())) {
        return URI.create(target.path("webSocketDebuggerUrl").asString());
      }
    }
    throw new IOException("Chromium has no page: " + targets.body());
  }

  /** Sends a DevTools command and waits for its result. */
  JsonNode call(String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    String message = JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params));
    socket.sendText(message, true).join();
    JsonNode answer = reply.orTimeout(30, TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  void navigate(String url) {
    call("Page.enable", Map.of());
    call("Page.navigate", Map.of("url", url));
  }

  /** The value of a script run in the page (awaited when it is a promise). */
  JsonNode evaluate(String script) {
    JsonNode result =
        call(
            "Runtime.evaluate",
            Map.of("expression", script, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("Script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Waits until the script is true in the page. */
  void waitUntil(String script, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!evaluate("Boolean(" + script + ")").asBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Still not true after " + timeout + ": " + script);
      }
      Thread.sleep(100);
    }
  }

  /** Lays the page out as on a screen of this size (a laptop's 1366x768, say). */
  void viewport(int width, int height) {
    call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Chooses a file in the page's file input, as a person picking it in the file dialog would. */
  void chooseFile(String selector, Path file) {
    int root = call("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
    int input =
        call("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
            .path("nodeId")
            .asInt();
    if (input == 0) {
      throw new IllegalStateException("No element matches " + selector);
    }
    call(
        "DOM.setFileInputFiles",
        Map.of("nodeId", input, "files", List.of(file.toAbsolutePath().toString())));
  }

  /** A key pressed and released: "Tab", "Enter", " " (with Shift for a shifted Tab). */
  void press(String key, boolean shift) {
    int code =
        switch (key) {
          case "Tab" -> 9;
          case "Enter" -> 13;
          case " " -> 32;
          default -> throw new IllegalArgumentException("No key code for " + key);
        };
    String text = key.equals("Enter") ? "\r" : key.equals(" ") ? " " : "";
    Map<String, Object> down = new HashMap<>();
    down.put("type", text.isEmpty() ? "rawKeyDown" : "keyDown");
    down.put("key", key);
    down.put("code", key.equals(" ") ? "Space" : key);
    down.put("windowsVirtualKeyCode", code);
    down.put("modifiers", shift ? 8 : 0);
    if (!text.isEmpty()) {
      down.put("text", text);
    }
    call("Input.dispatchKeyEvent", down);
    Map<String, Object> up = new HashMap<>(down);
    up.put("type", "keyUp");
    up.remove("text");
    call("Input.dispatchKeyEvent", up);
  }

  /** Types text into the focused element, as a keyboard would. */
  void type(String text) {
    call("Input.insertText", Map.of("text", text));
  }

  /** A PNG of the whole page. */
  void screenshot(Path file) throws IOException {
    JsonNode shot =
        call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asString()));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socket.abort();
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Matches replies to their commands; events are not needed. */
  private final class Replies implements WebSocket.Listener {

    private final StringBuilder frame = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      frame.append(data);
      if (last) {
        JsonNode message = JSON.readTree(frame.toString());
        frame.setLength(0);
        if (message.has("id")) {
          CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
          if (reply != null) {
            reply.complete(message);
          }
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
