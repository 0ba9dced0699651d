package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The default set-up: the embedded MongoDB keeping its data in a file in the data directory. */
@ExtendWith(OutputCaptureExtension.class)
class RestartPersistenceTest {

  @TempDir Path dataDir;

  @Test
  void importedPeopleAndOneOnOnesSurviveARestart(CapturedOutput output) throws Exception {
    String token;
    try (ConfigurableApplicationContext first = start()) {
      token = Files.readString(dataDir.resolve("admin-token")).strip();
      AdminClient admin = new AdminClient(port(first), token);
      assertThat(admin.createOrg("acme").status()).isEqualTo(201);
      assertThat(
              admin
                  .postCsv(
                      "/api/admin/orgs/acme/people",
                      Fixtures.bytes(Fixtures.org("acme-people.csv")))
                  .status())
          .isEqualTo(200);
      assertThat(
              admin
                  .postCsv(
                      "/api/admin/orgs/acme/one-on-ones",
                      Fixtures.bytes(Fixtures.org("acme-one-on-ones.csv")))
                  .status())
          .isEqualTo(200);
    }

    try (ConfigurableApplicationContext second = start()) {
      AdminClient admin = new AdminClient(port(second), token);
      assertThat(admin.get("/api/admin/orgs/acme").json().at("/name").asString())
          .isEqualTo("Org acme");
      assertThat(admin.get("/api/admin/orgs/acme/people").json().at("/totalItems").asLong())
          .isEqualTo(183);
      assertThat(admin.get("/api/admin/orgs/acme/one-on-ones").json().size()).isEqualTo(182);
    }
    assertThat(dataDir.resolve("trellis.mv.db")).exists();
    assertThat(output.getOut()).doesNotContain(token);
  }

  @Test
  void startupSaysWhichMongoAndHowToConnectTheChatPlatforms(CapturedOutput output) {
    try (ConfigurableApplicationContext app = start()) {
      assertThat(output.getOut())
          .contains("Trellis is ready. MongoDB: embedded")
          .contains("data in " + dataDir.toAbsolutePath().resolve("trellis.mv.db"))
          .contains("Slack not configured (set SLACK_BOT_TOKEN")
          .contains("Teams not configured (set MICROSOFT_APP_ID")
          .contains(
              "Admin API token: generated on first start; read it from "
                  + dataDir.toAbsolutePath());
    }
  }

  @Test
  void aSecondServiceOnTheSameDataDirectoryIsToldWhatToDo() {
    try (ConfigurableApplicationContext app = start()) {
      assertThat(port(app)).isPositive();
      Throwable failure = catchStart();
      assertThat(failure)
          .hasStackTraceContaining("Is another Trellis process using the same data directory?");
    }
  }

  private Throwable catchStart() {
    try (ConfigurableApplicationContext ignored = start()) {
      return new AssertionError("the second service started");
    } catch (RuntimeException e) {
      return e;
    }
  }

  private ConfigurableApplicationContext start() {
    return SpringApplication.run(
        TrellisApplication.class,
        "--server.port=0",
        "--trellis.data-dir=" + dataDir,
        "--trellis.mongodb.uri=",
        "--trellis.admin.token=");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
