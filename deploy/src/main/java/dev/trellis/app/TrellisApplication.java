package dev.trellis.app;

import dev.trellis.slack.SlackProperties;
import dev.trellis.teams.TeamsProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Trellis service: bot-core and the chat adapters assembled into one Spring Boot app. */
@SpringBootApplication
@EnableConfigurationProperties({
  TrellisProperties.class,
  SlackProperties.class,
  TeamsProperties.class
})
public class TrellisApplication {

  public static void main(String[] args) {
    SpringApplication.run(TrellisApplication.class, args);
  }
}
