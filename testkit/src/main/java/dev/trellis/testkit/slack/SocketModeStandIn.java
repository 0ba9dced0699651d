package dev.trellis.testkit.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plays Slack's side of a Socket Mode connection on localhost: greets each connection with a {@code
 * hello}, sends envelopes to the latest open one, and keeps everything the app sent back (its
 * acknowledgements) and every connection it saw, open or closed.
 *
 * <p>The message shapes are those of Slack's Socket Mode protocol as the Java SDK's own mock server
 * sends them: {@code {"type":"hello",...}}, then envelopes {@code {"envelope_id","type",
 * "accepts_response_payload","payload"}} of type {@code slash_commands}, {@code events_api} or
 * {@code interactive}; the app answers each with {@code {"envelope_id"}}, plus a {@code payload}
 * when it acknowledges with a body.
 */
public final class SocketModeStandIn extends WebSocketServer {

  public static final String PATH = "/link";

  private final CountDownLatch started = new CountDownLatch(1);
  private final List<WebSocket> opened = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();

  public SocketModeStandIn() {
    super(new InetSocketAddress("localhost", 0));
    setReuseAddr(true);
    setDaemon(true);
  }

  /** Starts listening; answers once the port is bound. */
  public SocketModeStandIn startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The Socket Mode stand-in did not start");
    }
    return this;
  }

  /** The URL {@code apps.connections.open} hands out. */
  public String url() {
    return "ws://localhost:" + getPort() + PATH;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    opened.add(conn);
    paths.add(handshake.getResourceDescriptor());
    ObjectNode hello = SlackRequests.JSON.createObjectNode();
    hello.put("type", "hello").put("num_connections", 1);
    hello
        .putObject("debug_info")
        .put("host", "applink-test")
        .put("build_number", 1)
        .put("approximate_connection_time", 18060);
    hello.putObject("connection_info").put("app_id", "A111");
    conn.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(SlackRequests.JSON.readTree(message));
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  /** Every connection the app opened, in order. */
  public List<WebSocket> connections() {
    return List.copyOf(opened);
  }

  public List<String> paths() {
    return List.copyOf(paths);
  }

  /** The latest connection that is still open, waiting for one up to ten seconds. */
  public WebSocket openConnection() throws InterruptedException {
    return await(
        () -> opened.stream().filter(WebSocket::isOpen).reduce((first, second) -> second),
        "an open Socket Mode connection");
  }

  /** Sends an envelope as Slack would, to the latest open connection. */
  public void send(ObjectNode envelope) throws InterruptedException {
    openConnection().send(envelope.toString());
  }

  /** What the app sent back for this envelope, waiting up to ten seconds. */
  public JsonNode replyTo(String envelopeId) throws InterruptedException {
    return await(
        () ->
            received.stream()
                .filter(
                    m -> m.has("envelope_id") && envelopeId.equals(m.get("envelope_id").asString()))
                .findFirst(),
        "the acknowledgement of envelope " + envelopeId);
  }

  /** Everything the app sent back for this envelope so far. */
  public List<JsonNode> repliesTo(String envelopeId) {
    return received.stream()
        .filter(m -> m.has("envelope_id") && envelopeId.equals(m.get("envelope_id").asString()))
        .toList();
  }

  /** A {@code slash_commands} envelope around the command's fields. */
  public static ObjectNode slashCommands(String envelopeId, ObjectNode command) {
    ObjectNode envelope = SlackRequests.JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.set("payload", command);
    envelope.put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    return envelope;
  }

  /** An {@code events_api} envelope around an event_callback payload. */
  public static ObjectNode eventsApi(String envelopeId, String eventCallback) {
    ObjectNode envelope = SlackRequests.JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId);
    envelope.set("payload", SlackRequests.JSON.readTree(eventCallback));
    envelope.put("type", "events_api");
    envelope.put("accepts_response_payload", false);
    envelope.put("retry_attempt", 0);
    envelope.put("retry_reason", "");
    return envelope;
  }

  /**
   * The slash command sample's fields, as Socket Mode carries them (JSON, not a form), for this
   * team, user, command, text and response URL.
   */
  public static ObjectNode slashCommand(
      String teamId, String userId, String command, String text, String responseUrl) {
    ObjectNode fields = SlackRequests.sample("slash-command.json");
    fields.put("team_id", teamId);
    fields.put("user_id", userId);
    fields.put("command", command);
    fields.put("text", text);
    fields.put("response_url", responseUrl);
    fields.put("trigger_id", "trigger-" + System.nanoTime());
    fields.remove("enterprise_id");
    fields.remove("enterprise_name");
    return fields;
  }

  private static <T> T await(Supplier<Optional<T>> found, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Optional<T> now = found.get();
    while (now.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      now = found.get();
    }
    return now.orElseThrow(() -> new AssertionError("Timed out waiting for " + what));
  }
}
