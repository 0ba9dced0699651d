package dev.trellis.app.demo;

import dev.trellis.app.TrellisProperties;
import dev.trellis.core.buddy.ManagingCohorts;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.importing.ImportingOneOnOnes;
import dev.trellis.core.directory.importing.ImportingPeople;
import dev.trellis.core.oneonone.SendingAgendas;
import dev.trellis.core.org.SavingOrg;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.ReplanningOrg;
import dev.trellis.teams.TeamsConversations;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo mode (see {@link DemoMode}): the demo org seeded at start-up, a prompt (and a manager's
 * agenda) at a person's first contact, and the banner. Nothing here exists without demo mode.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DemoMode.ENABLED, havingValue = "true")
class DemoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

  /** The greeting waits this long after a first contact, for the welcome to go out first. */
  static final long GREETING_DELAY_MILLIS = 1_500;

  @Bean
  DemoSeeding demoSeeding(
      SavingOrg savingOrg,
      ImportingPeople importingPeople,
      ImportingOneOnOnes importingOneOnOnes,
      ManagingCohorts cohorts,
      StartingBuddyRound rounds,
      People people,
      ReplanningOrg replanning,
      Clock clock) {
    return new DemoSeeding(
        savingOrg, importingPeople, importingOneOnOnes, cohorts, rounds, people, replanning, clock);
  }

  @Bean
  DemoGreeting demoGreeting(
      People people,
      SendingReflectionPrompts prompts,
      SendingAgendas agendas,
      PlanningSteps planning,
      Clock clock) {
    return new DemoGreeting(people, prompts, agendas, planning, clock);
  }

  /** Every stored Teams conversation passes by the greeting (looked up late: no cycle). */
  @Bean
  static BeanPostProcessor demoFirstContact(ObjectProvider<DemoGreeting> greeting) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof TeamsConversations conversations
            ? new FirstContactConversations(
                conversations,
                greeting::getObject,
                CompletableFuture.delayedExecutor(GREETING_DELAY_MILLIS, TimeUnit.MILLISECONDS))
            : bean;
      }
    };
  }

  /** Seeds the org before the service is ready, then says what it is. */
  @Bean
  ApplicationRunner demoStart(
      DemoSeeding seeding,
      TrellisProperties properties,
      Environment environment,
      ApplicationContext context) {
    return arguments -> {
      DemoSeeding.Seeded seeded = seeding.seed(ZoneId.systemDefault());
      int port =
          context instanceof WebServerApplicationContext web
              ? web.getWebServer().getPort()
              : environment.getProperty("server.port", Integer.class, 8080);
      List<String> ignored =
          Arrays.stream(environment.getProperty(DemoMode.IGNORED, "").split(","))
              .filter(s -> !s.isBlank())
              .toList();
      String token =
          environment.getProperty(DemoMode.TOKEN_MADE_UP, Boolean.class, false)
              ? properties.admin().token()
              : "(the one in TRELLIS_ADMIN_TOKEN)";
      log.warn(DemoBanner.text(seeded, port, token, ignored));
    };
  }
}
