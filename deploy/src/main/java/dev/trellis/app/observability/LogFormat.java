package dev.trellis.app.observability;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code TRELLIS_LOG_FORMAT} ({@code trellis.log-format}): {@code text}, the default, logs lines
 * for people; {@code json} logs one JSON object a line (Spring Boot's structured logging in the
 * Logstash format, with the MDC's {@code correlationId} and {@code orgId} as fields) for a log
 * collector. Read before logging starts, after application.yml is loaded; any other value stops
 * start-up with a sentence saying what is allowed.
 */
public final class LogFormat implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "trellis.log-format";
  static final String STRUCTURED = "logging.structured.format.console";
  static final String JSON_FORMAT = "logstash";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String value = environment.getProperty(PROPERTY, "text").strip().toLowerCase(Locale.ROOT);
    switch (value) {
      case "", "text" -> {}
      case "json" ->
          environment
              .getPropertySources()
              .addFirst(
                  new MapPropertySource("trellis-log-format", Map.of(STRUCTURED, JSON_FORMAT)));
      default ->
          throw new IllegalStateException(
              "TRELLIS_LOG_FORMAT is '"
                  + environment.getProperty(PROPERTY)
                  + "'; use text (lines for people, the default) or json (one JSON object a"
                  + " line)");
    }
  }

  /** After the config files are read, so application.yml's default and the env variable count. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
