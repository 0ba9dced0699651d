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
 * client): navigate, run a script, wait for a condition, press keys, take a screenshot. Started
 * with the flags that keep it off the network, in a fresh profile that is deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration START = Duration.ofSeconds(30);

  /** What the DevTools protocol needs besides the key to press it. */
  private static final Map<String, Map<String, Object>> KEYS =
      Map.of(
          "Tab", Map.of("code", "Tab", "windowsVirtualKeyCode", 9),
          "Enter", Map.of("code", "Enter", "windowsVirtualKeyCode", 13, "text", "\r"),
          " ", Map.of("code", "Space", "windowsVirtualKeyCode", 32, "text", " "),
          "Escape", Map.of("code", "Escape", "windowsVirtualKeyCode", 27));

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

  /** Presses a key as a keyboard would: Tab, Enter, Space ({@code " "}), Escape. */
  void press(String key, boolean shift) {
    Map<String, Object> down = new HashMap<>(Map.of("type", "keyDown", "key", key));
    Map<String, Object> up = new HashMap<>(Map.of("type", "keyUp", "key", key));
    KEYS.get(key).forEach(down::put);
    KEYS.get(key).forEach(up::put);
    up.remove("text");
    if (shift) {
      down.put("modifiers", 8);
      up.put("modifiers", 8);
    }
    call("Input.dispatchKeyEvent", down);
    call("Input.dispatchKeyEvent", up);
  }

  /** Types text into the focused field, as an input method would. */
  void type(String text) {
    call("Input.insertText", Map.of("text", text));
  }

  /**
   * Presses Tab (Shift+Tab when {@code backwards}) until the script is true of {@code
   * document.activeElement} (named {@code e} in it), at most {@code limit} times; fails when it
   * never is, so the element cannot be reached by keyboard. Presses nothing when it is already
   * true.
   */
  void tabUntil(String script, int limit, boolean backwards) {
    String test = "(e => Boolean(" + script + "))(document.activeElement)";
    for (int i = 0; i <= limit; i++) {
      if (evaluate(test).asBoolean()) {
        return;
      }
      if (i < limit) {
        press("Tab", backwards);
      }
    }
    throw new AssertionError(
        "Not reached with " + limit + " presses of Tab: " + script + "; focus is on " + focused());
  }

  void tabUntil(String script, int limit) {
    tabUntil(script, limit, false);
  }

  /** The focused element, as tag#id "its text" for messages and assertions. */
  String focused() {
    return evaluate(
            "(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' \"' +"
                + " (e.getAttribute('aria-label') || e.textContent || e.value || '').trim()"
                + ".slice(0, 60) + '\"')(document.activeElement)")
        .asString();
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
