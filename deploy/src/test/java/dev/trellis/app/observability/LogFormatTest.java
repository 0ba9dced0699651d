package dev.trellis.app.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.app.TrellisApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** {@code TRELLIS_LOG_FORMAT}: text by default, json turns structured logging on, else no start. */
class LogFormatTest {

  private final SpringApplication application = new SpringApplication(TrellisApplication.class);

  @Test
  void jsonLogsInTheLogstashFormat() {
    MockEnvironment environment = new MockEnvironment().withProperty(LogFormat.PROPERTY, "JSON");

    new LogFormat().postProcessEnvironment(environment, application);

    assertThat(environment.getProperty(LogFormat.STRUCTURED)).isEqualTo("logstash");
  }

  @Test
  void textOrNothingLeavesTheLinesForPeople() {
    MockEnvironment text = new MockEnvironment().withProperty(LogFormat.PROPERTY, "text");
    MockEnvironment unset = new MockEnvironment();

    new LogFormat().postProcessEnvironment(text, application);
    new LogFormat().postProcessEnvironment(unset, application);

    assertThat(text.getProperty(LogFormat.STRUCTURED)).isNull();
    assertThat(unset.getProperty(LogFormat.STRUCTURED)).isNull();
  }

  @Test
  void anotherValueStopsStartUpSayingWhatIsAllowed() {
    SpringApplicationBuilder service =
        new SpringApplicationBuilder(TrellisApplication.class).web(WebApplicationType.NONE);

    // As TRELLIS_LOG_FORMAT would: above application.yml's default.
    assertThatThrownBy(() -> service.run("--trellis.log-format=xml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "TRELLIS_LOG_FORMAT is 'xml'; use text (lines for people, the default) or json (one"
                + " JSON object a line)");
  }
}
