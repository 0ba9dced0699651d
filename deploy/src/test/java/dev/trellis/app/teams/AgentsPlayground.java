package dev.trellis.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.app.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Microsoft 365 Agents Playground (npm {@code @microsoft/m365agentsplayground}) run headless for a
 * test: started in a folder of its own against a service, driven through its own HTTP API as its
 * page drives it (install, typed lines, card submits), and read back from its log, where every
 * message it put in the chat is one JSON object a line. Its command is named by {@value
 * #COMMAND_VARIABLE} ({@code .ci/run} installs it); tests without it are skipped. Its Node server
 * drops requests that offer an HTTP/2 upgrade, so it is spoken to in HTTP/1.1.
 */
public final class AgentsPlayground implements AutoCloseable {

  public static final String COMMAND_VARIABLE = "TRELLIS_AGENTS_PLAYGROUND";
  public static final Duration REPLY = Duration.ofSeconds(30);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final Process process;
  private final Path dir;
  private final int port;
  private final String chat;
  private final String userId;

  private AgentsPlayground(Process process, Path dir, int port, String chat, String userId) {
    this.process = process;
    this.dir = dir;
    this.port = port;
    this.chat = chat;
    this.userId = userId;
  }

  /** The Playground's command when {@value #COMMAND_VARIABLE} names an executable. */
  public static Optional<Path> command() {
    String command = System.getenv(COMMAND_VARIABLE);
    return command != null && Files.isExecutable(Path.of(command))
        ? Optional.of(Path.of(command))
        : Optional.empty();
  }

  /**
   * Starts it in {@code dir} (its log goes there; a {@code .m365agentsplayground.yml} there is its
   * configuration) against the service's {@code /api/messages}, with the personal chat {@code chat}
   * of the user {@code userId}, and waits until it answers.
   */
  public static AgentsPlayground start(
      Path command, Path dir, int servicePort, String chat, String userId) {
    int port = ServiceProcess.freePort();
    try {
      Files.createDirectories(dir);
      ProcessBuilder builder =
          new ProcessBuilder(
                  command.toString(),
                  "-e",
                  "http://localhost:" + servicePort + "/api/messages",
                  "-c",
                  "msteams",
                  "--conversation-id",
                  chat,
                  "-p",
                  String.valueOf(port),
                  "--disable-telemetry")
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("playground.out").toFile());
      builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
      AgentsPlayground playground = new AgentsPlayground(builder.start(), dir, port, chat, userId);
      playground.awaitListening();
      return playground;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the Playground's page does when it opens: installs the app in the personal chat. */
  public void install() {
    post("/_debug/conversation/" + chat + "/installation", JSON.createObjectNode());
  }

  /** Types a line into the chat as the current user. */
  public void type(String text) {
    ObjectNode body = JSON.createObjectNode().put("text", text).put("textFormat", "plain");
    body.putObject("from").put("id", userId);
    post("/_conversation/v1/conversations/" + chat + "/messages", body);
  }

  /** Presses a card's Action.Submit: {@code value} is its data plus the card's input values. */
  public void submit(JsonNode card, ObjectNode value) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("conversation").put("id", chat);
    body.putObject("from").put("id", userId);
    body.put("replyToId", card.path("messageId").asString());
    body.set("value", value);
    post("/_conversation/v1/submit", body);
  }

  /** The data of a card's button with this title, to press it with {@link #submit}. */
  public static ObjectNode buttonData(JsonNode card, String title) {
    for (JsonNode action : content(card).path("actions")) {
      if (action.path("title").asString().equals(title)) {
        return (ObjectNode) action.path("data").deepCopy();
      }
    }
    throw new AssertionError("No button '" + title + "' on " + card);
  }

  /** The card's Adaptive Card content. */
  public static JsonNode content(JsonNode message) {
    return message.path("attachments").path(0).path("content");
  }

  /** The bot's messages in this chat, in order: a reply with a card shows as text, then card. */
  public List<JsonNode> botMessages() {
    Path log = dir.resolve("devTools").resolve("m365agentsplayground.log");
    List<JsonNode> messages = new ArrayList<>();
    if (!Files.exists(log)) {
      return messages;
    }
    try {
      for (String line : Files.readAllLines(log)) {
        chatMessage(line).ifPresent(messages::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  /** The texts of the bot's messages in this chat, in order (cards left out). */
  public List<String> botTexts() {
    return botMessages().stream()
        .filter(m -> m.hasNonNull("text"))
        .map(m -> m.get("text").asString())
        .toList();
  }

  /** The texts once there are at least {@code n}; {@code whatElse} explains a timeout. */
  public List<String> awaitTexts(int n, Supplier<String> whatElse) {
    return await(() -> botTexts().size() >= n, "reply " + n, whatElse).botTexts();
  }

  /** The first of the bot's messages that matches, once it is there. */
  public JsonNode awaitMessage(
      String description, Predicate<JsonNode> matches, Supplier<String> whatElse) {
    await(() -> botMessages().stream().anyMatch(matches), description, whatElse);
    return botMessages().stream().filter(matches).findFirst().orElseThrow();
  }

  /** A message whose text, or its card's JSON, contains {@code text}. */
  public static Predicate<JsonNode> containing(String text) {
    return m -> m.path("text").asString("").contains(text) || content(m).toString().contains(text);
  }

  /** A card (an Adaptive Card attachment) whose JSON contains {@code text}. */
  public static Predicate<JsonNode> cardContaining(String text) {
    return m -> !content(m).isMissingNode() && content(m).toString().contains(text);
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private AgentsPlayground await(
      Supplier<Boolean> done, String description, Supplier<String> whatElse) {
    Instant until = Instant.now().plus(REPLY);
    while (Instant.now().isBefore(until)) {
      if (done.get()) {
        return this;
      }
      ServiceProcess.sleep(Duration.ofMillis(200));
    }
    throw new AssertionError(
        description
            + " never reached the Playground; so far "
            + botTexts()
            + "\n"
            + whatElse.get());
  }

  private void post(String path, JsonNode body) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                  .build(),
              BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitListening() throws IOException {
    Instant until = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(until)) {
      try {
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
            BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        ServiceProcess.sleep(Duration.ofMillis(200));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException(
        "The Playground did not start:\n" + Files.readString(dir.resolve("playground.out")));
  }

  private Optional<JsonNode> chatMessage(String line) {
    int start = line.indexOf('{');
    if (start < 0 || !line.contains("\"createMessage\"")) {
      return Optional.empty();
    }
    try {
      JsonNode entry = JSON.readTree(line.substring(start));
      return entry.path("action").asString().equals("createMessage")
              && entry.path("actionConversationId").asString().equals(chat)
          ? Optional.of(entry.path("message"))
          : Optional.empty();
    } catch (JacksonException notJson) {
      return Optional.empty();
    }
  }
}
