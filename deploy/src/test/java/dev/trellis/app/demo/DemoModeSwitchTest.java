package dev.trellis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoModeSwitchTest {

  @Test
  void demoOnTheCommandLineTurnsItOnInMemoryWithLocalTeamsTesting() {
    StandardEnvironment environment = environment(Map.of(), "--demo");

    new DemoMode().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty(DemoMode.ENABLED)).isEqualTo("true");
    assertThat(environment.getProperty("trellis.mongodb.embedded")).isEqualTo("memory");
    assertThat(environment.getProperty("trellis.teams.local-testing")).isEqualTo("true");
    assertThat(environment.getProperty("trellis.admin.token")).startsWith("demo-");
    assertThat(environment.getProperty("trellis.encryption.key")).hasSize(44);
  }

  @Test
  void withoutTheSwitchNothingChanges() {
    StandardEnvironment environment =
        environment(Map.of("trellis.slack.bot-token", "xoxb-kept"), "--demo=false");

    new DemoMode().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty(DemoMode.ENABLED)).isNull();
    assertThat(environment.getProperty("trellis.slack.bot-token")).isEqualTo("xoxb-kept");
  }

  @Test
  void realSettingsAreBlankedAndNamedForTheBanner() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "trellis.demo", "true",
                "trellis.slack.bot-token", "xoxb-real",
                "trellis.teams.app-id", "real-app",
                "trellis.mongodb.uri", "mongodb://db.example.com",
                "trellis.admin.token", "an-admin-token-of-my-own"));

    new DemoMode().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("trellis.slack.bot-token")).isEmpty();
    assertThat(environment.getProperty("trellis.teams.app-id")).isEmpty();
    assertThat(environment.getProperty("trellis.mongodb.uri")).isEmpty();
    assertThat(environment.getProperty(DemoMode.IGNORED))
        .isEqualTo("MONGODB_URI,SLACK_BOT_TOKEN,MICROSOFT_APP_ID");
    assertThat(environment.getProperty("trellis.admin.token"))
        .isEqualTo("an-admin-token-of-my-own");
    assertThat(environment.getProperty(DemoMode.TOKEN_MADE_UP)).isEqualTo("false");
  }

  private static StandardEnvironment environment(Map<String, Object> settings, String... args) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
    if (args.length > 0) {
      environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
    }
    return environment;
  }
}
