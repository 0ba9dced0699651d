package dev.trellis.app.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.trellis.app.AdminClient;
import dev.trellis.app.AdminClient.Answer;
import dev.trellis.app.ServiceProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's local Teams testing, with Microsoft's own local Teams tool: the service runs in a
 * child JVM with local testing on, Microsoft 365 Agents Playground ({@link AgentsPlayground},
 * headless) plays Teams against it with its default tenant and user, and what Trellis answers is
 * read from the Playground's own log. The Playground's Node server drops requests that offer an
 * HTTP/2 upgrade, so this fails when Trellis's connector client speaks anything but HTTP/1.1 to it.
 * Runs when {@code TRELLIS_AGENTS_PLAYGROUND} names the Playground's command ({@code .ci/run}
 * installs it); skipped otherwise.
 */
class AgentsPlaygroundTest {

  private static final String ADMIN_TOKEN = "test-admin-token-playground-0123456789";
  // The Playground's default tenant, and the AAD object id of its default user (Alex Wilber).
  private static final String TENANT = "00000000-0000-0000-0000-0000000000001";
  private static final String ALEX_AAD = "00000000-0000-0000-0000-0000000000020";
  private static final String CHAT = "alex-chat";

  @TempDir Path tmp;

  @Test
  void alexTalksToTrellisThroughThePlaygroundAndGetsEveryAnswerInTheChat() {
    Optional<Path> command = AgentsPlayground.command();
    assumeTrue(
        command.isPresent(),
        AgentsPlayground.COMMAND_VARIABLE + " does not name the Playground's command");
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
      try (AgentsPlayground playground =
          AgentsPlayground.start(
              command.get(), tmp.resolve("playground"), service.port(), CHAT, "user-id-0")) {

        playground.type("help");
        assertThat(playground.awaitTexts(1, service::output).get(0))
            .contains("Trellis asks you a short career question");

        Answer prompt = admin.post("/api/admin/orgs/playground/people/alexw@example.com/prompts");
        assertThat(prompt.status()).as(prompt.body()).isEqualTo(202);
        assertThat(playground.awaitTexts(2, service::output).get(1)).startsWith("Time to reflect:");

        playground.type("buddy status");
        assertThat(playground.awaitTexts(3, service::output).get(2)).contains("buddy");
        playground.type("I would like to mentor new joiners");
        assertThat(playground.awaitTexts(4, service::output).get(3))
            .isEqualTo("Saved. Only you can see this answer.");
        playground.type("history");
        assertThat(playground.awaitTexts(5, service::output).get(4))
            .contains("I would like to mentor new joiners");
      }
    }
  }
}
