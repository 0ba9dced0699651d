package dev.trellis.app.demo;

import static dev.trellis.app.teams.AgentsPlayground.cardContaining;
import static dev.trellis.app.teams.AgentsPlayground.containing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.AdminClient;
import dev.trellis.app.ServiceProcess;
import dev.trellis.app.teams.AgentsPlayground;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The README's "Try it", played by Microsoft 365 Agents Playground ({@link AgentsPlayground},
 * headless): Trellis started with {@code --demo} in a child JVM, the Playground as its default user
 * Alex Wilber (install, help, the first prompt, the answer form, history, buddy status), then
 * started again in {@code deploy/demo/megan} as Alex's manager, whose agenda shows what Alex
 * shared. Skipped when {@code TRELLIS_AGENTS_PLAYGROUND} does not name the Playground's command.
 */
class DemoPlaygroundTest {

  private static final String ADMIN_TOKEN = "test-admin-token-demo-0123456789";
  private static final String ANSWER = "Pairing with the new joiners on testing";
  private static final Path MEGAN_CONFIG = Path.of("demo", "megan", ".m365agentsplayground.yml");

  @TempDir Path tmp;

  @Test
  void aNewcomerTriesTrellisInThePlaygroundAsAlexAndThenAsHisManager() throws IOException {
    Optional<Path> command = AgentsPlayground.command();
    assumeTrue(
        command.isPresent(),
        AgentsPlayground.COMMAND_VARIABLE
            + " does not name the Playground's command (npm @microsoft/m365agentsplayground;"
            + " .ci/run installs it), so the demo is not played");
    Path dataDir = tmp.resolve("data");
    try (ServiceProcess service =
        ServiceProcess.start(
            dataDir, "demo", List.of("--demo", "--trellis.admin.token=" + ADMIN_TOKEN))) {
      assertThat(service.output()).contains("TRELLIS DEMO MODE").contains("in memory only");

      try (AgentsPlayground alex =
          AgentsPlayground.start(
              command.get(), tmp.resolve("alex"), service.port(), "alex-chat", "user-id-0")) {
        alex.install();
        alex.awaitMessage("the welcome", containing("Hello, I am Trellis"), service::output);
        JsonNode prompt =
            alex.awaitMessage(
                "the first prompt", cardContaining("reflection.answer"), service::output);

        alex.type("help");
        alex.awaitMessage(
            "help", containing("Trellis asks you a short career question"), service::output);

        alex.submit(prompt, AgentsPlayground.buttonData(prompt, "Answer"));
        JsonNode form =
            alex.awaitMessage(
                "the answer form", cardContaining("reflection.submit"), service::output);
        ObjectNode answer = AgentsPlayground.buttonData(form, "Save");
        answer.put("answer", ANSWER).put("share", "manager");
        alex.submit(form, answer);
        alex.awaitMessage(
            "the share", containing("Saved and shared with Megan Bowen"), service::output);

        alex.type("history");
        alex.awaitMessage("history", containing("Your last 1 answer"), service::output);
        assertThat(alex.botTexts())
            .anyMatch(t -> t.contains("Your last 1 answer\n") && t.contains(ANSWER));

        alex.type("buddy status");
        alex.awaitMessage("buddy status", containing("Your career buddies"), service::output);
      }

      Path meganDir = Files.createDirectories(tmp.resolve("megan"));
      Files.copy(projectFile(MEGAN_CONFIG), meganDir.resolve(MEGAN_CONFIG.getFileName()));
      try (AgentsPlayground megan =
          AgentsPlayground.start(
              command.get(), meganDir, service.port(), "megan-chat", "user-id-1")) {
        megan.install();
        JsonNode agenda =
            megan.awaitMessage(
                "Megan's agenda with Alex",
                cardContaining("Agenda: your 1:1 with Alex Wilber"),
                service::output);
        assertThat(AgentsPlayground.content(agenda).toString())
            .contains("Shared by Alex Wilber since your last 1:1")
            .contains(ANSWER);
      }

      assertThat(dataDir).as("demo mode keeps nothing on disk").doesNotExist();
      assertThat(service.output()).as("personal text is never logged").doesNotContain(ANSWER);
      AdminClient admin = new AdminClient(service.port(), ADMIN_TOKEN);
      YearMonth month = YearMonth.now(ZoneOffset.UTC);
      for (String path :
          List.of(
              "/api/admin/orgs/demo/outbox?state=dead",
              "/api/admin/orgs/demo/outbox?state=pending",
              "/api/admin/orgs/demo/people",
              "/api/admin/orgs/demo/analytics?from=" + month + "&to=" + month,
              "/api/admin/orgs/demo/audit")) {
        AdminClient.Answer view = admin.get(path);
        assertThat(view.status()).as(path + ": " + view.body()).isEqualTo(200);
        assertThat(view.body()).as(path).doesNotContain(ANSWER);
      }
    }
  }

  /** A file of the project, from deploy (where Maven runs the tests) or the root. */
  private static Path projectFile(Path path) {
    return Files.exists(path) ? path : Path.of("deploy").resolve(path);
  }
}
