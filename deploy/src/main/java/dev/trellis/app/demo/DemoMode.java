package dev.trellis.app.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode ({@code --demo} on the command line, or {@code TRELLIS_DEMO=true}): before anything
 * else reads the settings, puts first the ones a demo needs. The embedded database in memory (no
 * data directory is touched: the admin token and the encryption key are made up for this run),
 * local Teams testing on, and every real platform or database setting blanked, so a demo never
 * reaches a real Slack, Teams or MongoDB even when the shell has their variables set. Which ones
 * were set and ignored is kept in {@value #IGNORED} for the start-up banner (logging is not ready
 * yet here).
 */
public final class DemoMode implements EnvironmentPostProcessor, Ordered {

  static final String ENABLED = "trellis.demo-mode.enabled";
  static final String IGNORED = "trellis.demo-mode.ignored";
  static final String TOKEN_MADE_UP = "trellis.demo-mode.admin-token-made-up";
  static final String SOURCE = "trellis-demo";

  /** The real platform and database settings a demo blanks, with the variable people set. */
  static final Map<String, String> REAL_SETTINGS = realSettings();

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!isOn(environment)) {
      return;
    }
    Map<String, Object> demo = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    REAL_SETTINGS.forEach(
        (property, variable) -> {
          String value = environment.getProperty(property, "");
          if (!value.isBlank()) {
            ignored.add(variable);
          }
          demo.put(property, "");
        });
    demo.put(ENABLED, "true");
    demo.put(IGNORED, String.join(",", ignored));
    demo.put("trellis.mongodb.embedded", "memory");
    demo.put("trellis.teams.local-testing", "true");
    demo.put("trellis.encryption.key", Base64.getEncoder().encodeToString(bytes(32)));
    boolean madeUp = environment.getProperty("trellis.admin.token", "").isBlank();
    if (madeUp) {
      demo.put("trellis.admin.token", "demo-" + HexFormat.of().formatHex(bytes(16)));
    }
    demo.put(TOKEN_MADE_UP, String.valueOf(madeUp));
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, demo));
  }

  /** {@code --demo} (or {@code --demo=true}), or {@code trellis.demo} true (TRELLIS_DEMO). */
  static boolean isOn(ConfigurableEnvironment environment) {
    String flag = environment.getProperty("demo");
    boolean commandLine = flag != null && (flag.isBlank() || Boolean.parseBoolean(flag.strip()));
    return commandLine || Boolean.parseBoolean(environment.getProperty("trellis.demo", "false"));
  }

  private static Map<String, String> realSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("trellis.mongodb.uri", "MONGODB_URI");
    settings.put("trellis.slack.bot-token", "SLACK_BOT_TOKEN");
    settings.put("trellis.slack.app-token", "SLACK_APP_TOKEN");
    settings.put("trellis.slack.signing-secret", "SLACK_SIGNING_SECRET");
    settings.put("trellis.slack.client-id", "SLACK_CLIENT_ID");
    settings.put("trellis.slack.client-secret", "SLACK_CLIENT_SECRET");
    settings.put("trellis.teams.app-id", "MICROSOFT_APP_ID");
    settings.put("trellis.teams.app-password", "MICROSOFT_APP_PASSWORD");
    settings.put("trellis.teams.tenant-id", "MICROSOFT_APP_TENANT_ID");
    settings.put("trellis.teams.token-url", "MICROSOFT_TOKEN_URL");
    return Collections.unmodifiableMap(settings);
  }

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** After the config files are read, so application.yml's TRELLIS_DEMO mapping counts. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 10;
  }
}
