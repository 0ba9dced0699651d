package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.buddy.ManagingCohorts;
import dev.trellis.core.buddy.PairingEngine;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.directory.People;
import dev.trellis.core.infra.mongo.MongoBuddyRounds;
import dev.trellis.core.infra.mongo.MongoCohorts;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.question.QuestionBank;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring of career buddies: cohorts, their rounds and the pairing engine. */
@Configuration(proxyBeanMethods = false)
class BuddyConfiguration {

  @Bean
  Cohorts cohorts(MongoDatabase db) {
    return new MongoCohorts(db);
  }

  @Bean
  BuddyRounds buddyRounds(MongoDatabase db) {
    return new MongoBuddyRounds(db);
  }

  @Bean
  CohortRoster cohortRoster(Cohorts cohorts, People people) {
    return new CohortRoster(cohorts, people);
  }

  @Bean
  ManagingCohorts managingCohorts(Cohorts cohorts, Clock clock) {
    return new ManagingCohorts(cohorts, clock);
  }

  @Bean
  StartingBuddyRound startingBuddyRound(
      Cohorts cohorts,
      CohortRoster roster,
      BuddyRounds rounds,
      QuestionBank questions,
      Outbox outbox,
      Clock clock) {
    return new StartingBuddyRound(
        cohorts, roster, rounds, new PairingEngine(), questions, outbox, clock);
  }
}
