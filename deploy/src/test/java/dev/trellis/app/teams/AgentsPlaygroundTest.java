package dev.trellis.app.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import dev.trellis.app.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's local Teams testing, with Microsoft's own local Teams tool: the service runs in a
 * child JVM with local testing on, Microsoft 365 Agents Playground (npm
 * {@code @microsoft/m365agentsplayground}, headless) plays Teams against it with its default tenant
 * and user, and what Trellis answers is read from the Playground's own log. The Playground's Node
 * server drops requests that offer an HTTP/2 upgrade, so this fails when Trellis's connector client
 * speaks anything but HTTP/1.1 to it. Runs when {@code TRELLIS_AGENTS_PLAYGROUND} names the
 * Playground's command ({@code .ci/run} installs it); skipped otherwise.
 */
class AgentsPlaygroundTest {

  private static final String PLAYGROUND = System.getenv("TRELLIS_AGENTS_PLAYGROUND");
  private static final String ADMIN_TOKEN = "test-admin-token-playground-0123456789";
  // The Playground's default tenant, and the AAD object id of its default user (Alex Wilber).
  private static final String TENANT = "00000000-0000-0000-0000-0000000000001";
  private static final String ALEX_AAD = "00000000-0000-0000-0000-0000000000020";
  private static final String CHAT = "alex-chat";
  private static final Duration REPLY = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  // Node drops a request that offers an HTTP/2 upgrade, so the test speaks HTTP/1.1 to it too.
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path tmp;
  private Process playground;
  private int playgroundPort;

  @AfterEach
  void stopPlayground() throws InterruptedException {
    if (playground != null) {
      playground.descendants().forEach(ProcessHandle::destroy);
      playground.destroy();
      playground.waitFor();
    }
  }

  @Test
  void alexTalksToTrellisThroughThePlaygroundAndGetsEveryAnswerInTheChat() throws Exception {
    assumeTrue(
        PLAYGROUND != null && Files.isExecutable(Path.of(PLAYGROUND)),
        "TRELLIS_AGENTS_PLAYGROUND does not name the Playground's command");
    try (ServiceProcess service =
        ServiceProcess.start(
            tmp.resolve("data"),
            "playground",
            List.of(
                "--trellis.teams.local-testing=true", "--trellis.admin.token=" + ADMIN_TOKEN))) {
      AdminClient admin = new AdminClient(service.port(), ADMIN_TOKEN);
      Answer org =
          admin.putOrg(
              "playground", "{\"name\":\"Playground\",\"teamsTenantId\":\"" + TENANT + "\"}");
      assertThat(org.status()).as(org.body()).isIn(200, 201);
      Answer people =
          admin.postCsv(
              "/api/admin/orgs/playground/people",
              "email,name,time_zone,teams_aad_object_id\n"
                  + "alexw@example.com,Alex Wilber,UTC,"
                  + ALEX_AAD
                  + "\n");
      assertThat(people.status()).as(people.body()).isEqualTo(200);
      startPlayground(service.port());

      type("help");
      assertThat(awaitReply(1, service)).contains("Trellis asks you a short career question");

      Answer prompt = admin.post("/api/admin/orgs/playground/people/alexw@example.com/prompts");
      assertThat(prompt.status()).as(prompt.body()).isEqualTo(202);
      assertThat(awaitReply(2, service)).startsWith("Time to reflect:");

      type("buddy status");
      assertThat(awaitReply(3, service)).contains("buddy");
      type("I would like to mentor new joiners");
      assertThat(awaitReply(4, service)).isEqualTo("Saved. Only you can see this answer.");
      type("history");
      assertThat(awaitReply(5, service)).contains("I would like to mentor new joiners");
    }
  }

  private void startPlayground(int servicePort) throws IOException, InterruptedException {
    playgroundPort = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                PLAYGROUND,
                "-e",
                "http://localhost:" + servicePort + "/api/messages",
                "-c",
                "msteams",
                "--conversation-id",
                CHAT,
                "-p",
                String.valueOf(playgroundPort),
                "--disable-telemetry")
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("playground.out").toFile());
    builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
    playground = builder.start();
    Instant until = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(until)) {
      try {
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + playgroundPort + "/")).build(),
            BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException(
        "The Playground did not start:\n" + Files.readString(tmp.resolve("playground.out")));
  }

  /** Types a line into the Playground's chat as its default user. */
  private void type(String text) throws IOException, InterruptedException {
    String body =
        JSON.createObjectNode()
            .put("text", text)
            .put("textFormat", "plain")
            .set("from", JSON.createObjectNode().put("id", "user-id-0"))
            .toString();
    var answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + playgroundPort
                            + "/_conversation/v1/conversations/"
                            + CHAT
                            + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** The text of the {@code n}th message the bot put into the chat, once it is there. */
  private String awaitReply(int n, ServiceProcess service) throws InterruptedException {
    Instant until = Instant.now().plus(REPLY);
    while (Instant.now().isBefore(until)) {
      List<String> texts = botTexts();
      if (texts.size() >= n) {
        return texts.get(n - 1);
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "Reply "
            + n
            + " never reached the Playground; so far "
            + botTexts()
            + "\n"
            + service.output());
  }

  /**
   * The texts of the messages the Playground's chat shows from the bot, in order, read from its log
   * (one JSON object per line after a prefix). A reply with a card shows as its text and, next, its
   * card: only the text is kept.
   */
  private List<String> botTexts() {
    Path log = tmp.resolve("devTools").resolve("m365agentsplayground.log");
    List<String> texts = new ArrayList<>();
    if (!Files.exists(log)) {
      return texts;
    }
    try {
      for (String line : Files.readAllLines(log)) {
        chatMessage(line).flatMap(AgentsPlaygroundTest::text).ifPresent(texts::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  private static Optional<JsonNode> chatMessage(String line) {
    int start = line.indexOf('{');
    if (start < 0 || !line.contains("\"createMessage\"")) {
      return Optional.empty();
    }
    try {
      JsonNode entry = JSON.readTree(line.substring(start));
      return entry.path("action").asString().equals("createMessage")
              && entry.path("actionConversationId").asString().equals(CHAT)
          ? Optional.of(entry.path("message"))
          : Optional.empty();
    } catch (JacksonException notJson) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode message) {
    return message.hasNonNull("text")
        ? Optional.of(message.get("text").asString())
        : Optional.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
