package dev.trellis.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.org.OrgId;
import dev.trellis.core.reflection.PromptId;
import dev.trellis.core.reflection.PromptKind;
import dev.trellis.core.reflection.Reflection;
import dev.trellis.core.reflection.ReflectionId;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
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
  void aGeneratedEncryptionKeyIsKeptAndStillReadsReflectionsAfterARestart(CapturedOutput output)
      throws Exception {
    Path keyFile = dataDir.toAbsolutePath().resolve("encryption-key");
    Reflection answered = aReflection("I want to lead the platform team next year");
    String key;
    try (ConfigurableApplicationContext first = start()) {
      key = Files.readString(keyFile).strip();
      first.getBean(Reflections.class).save(answered);
    }

    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.getBean(Reflections.class).findById(answered.orgId(), answered.id()))
          .hasValueSatisfying(r -> assertThat(r.answer()).isEqualTo(answered.answer()));
    }
    assertThat(Files.readString(keyFile).strip()).isEqualTo(key);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(output.getOut())
        .contains("Encryption key: generated on first start into " + keyFile)
        .contains("Encryption key: read from " + keyFile)
        .doesNotContain(key);
  }

  @Test
  void anotherKeyThanTheStoredTextsWereWrittenWithStopsStartUpAndKeepsThem() throws Exception {
    Reflection answered = aReflection("I want to lead the platform team next year");
    try (ConfigurableApplicationContext first = start()) {
      first.getBean(Reflections.class).save(answered);
    }
    byte[] other = new byte[32];
    new SecureRandom().nextBytes(other);
    String otherKey = Base64.getEncoder().encodeToString(other);

    Throwable failure = catchStart("--trellis.encryption.key=" + otherKey);

    assertThat(failure)
        .hasStackTraceContaining("not the one this database's texts were written with")
        .satisfies(f -> assertThat(f.toString()).doesNotContain(otherKey));
    try (ConfigurableApplicationContext again = start()) {
      assertThat(again.getBean(Reflections.class).findById(answered.orgId(), answered.id()))
          .hasValueSatisfying(r -> assertThat(r.answer()).isEqualTo(answered.answer()));
    }
  }

  @Test
  void aMalformedEncryptionKeyStopsStartUpWithWhatToDo() {
    Throwable failure = catchStart("--trellis.encryption.key=not-a-key");

    assertThat(failure)
        .hasStackTraceContaining("TRELLIS_ENCRYPTION_KEY is not the base64 of 32 bytes");
    assertThat(dataDir.resolve("encryption-key")).doesNotExist();
  }

  @Test
  void startupSaysWhichMongoAndHowToConnectTheChatPlatforms(CapturedOutput output) {
    try (ConfigurableApplicationContext app = start()) {
      assertThat(output.getOut())
          .contains("Trellis is ready. MongoDB: embedded")
          .contains("data in " + dataDir.toAbsolutePath().resolve("trellis.mv.db"))
          .contains("Slack not configured (set SLACK_BOT_TOKEN")
          .contains("Teams: no MICROSOFT_APP_ID")
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

  private Throwable catchStart(String... extraArguments) {
    try (ConfigurableApplicationContext ignored = start(extraArguments)) {
      return new AssertionError("the second service started");
    } catch (RuntimeException e) {
      return e;
    }
  }

  private ConfigurableApplicationContext start(String... extraArguments) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--trellis.data-dir=" + dataDir,
                "--trellis.mongodb.uri=",
                "--trellis.admin.token=",
                "--trellis.encryption.key="));
    for (String extra : extraArguments) {
      // A repeated argument would become a list; the extra one replaces the default.
      arguments.removeIf(a -> a.startsWith(extra.substring(0, extra.indexOf('=') + 1)));
      arguments.add(extra);
    }
    return SpringApplication.run(TrellisApplication.class, arguments.toArray(String[]::new));
  }

  private static Reflection aReflection(String answer) {
    Instant at = Instant.parse("2026-10-23T19:30:00Z");
    return new Reflection(
        new ReflectionId("r-1"),
        new OrgId("acme"),
        new PersonId("p-1"),
        new PromptId("r-1"),
        PromptKind.REFLECTION,
        "Where do you want to be in a year?",
        answer,
        Optional.empty(),
        at,
        Optional.empty(),
        List.of());
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
