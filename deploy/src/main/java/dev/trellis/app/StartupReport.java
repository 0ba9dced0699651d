package dev.trellis.app;

import dev.trellis.app.mongo.TrellisMongo;
import dev.trellis.slack.SlackProperties;
import dev.trellis.teams.TeamsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once, when the service is ready, what it runs on and which chat platforms it serves. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final TrellisMongo mongo;
  private final SlackProperties slack;
  private final TeamsProperties teams;

  StartupReport(TrellisMongo mongo, SlackProperties slack, TeamsProperties teams) {
    this.mongo = mongo;
    this.slack = slack;
    this.teams = teams;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    log.info(
        "Trellis is ready. MongoDB: {}. {}. {}.",
        mongo.description(),
        slack.summary(),
        teams.summary());
  }
}
