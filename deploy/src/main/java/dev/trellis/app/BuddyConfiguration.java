package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.BuddyCounts;
import dev.trellis.core.buddy.BuddyExport;
import dev.trellis.core.buddy.BuddyFeature;
import dev.trellis.core.buddy.BuddyRounds;
import dev.trellis.core.buddy.CohortRoster;
import dev.trellis.core.buddy.Cohorts;
import dev.trellis.core.buddy.CoordinatingMeetups;
import dev.trellis.core.buddy.ManagingCohorts;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.buddy.PairingEngine;
import dev.trellis.core.buddy.RunningBuddyCommands;
import dev.trellis.core.buddy.RunningBuddyRounds;
import dev.trellis.core.buddy.SendingBuddyNudges;
import dev.trellis.core.buddy.ShowingBuddyRound;
import dev.trellis.core.buddy.StartingBuddyRound;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.infra.mongo.MongoBuddyAssignments;
import dev.trellis.core.infra.mongo.MongoBuddyRounds;
import dev.trellis.core.infra.mongo.MongoCohorts;
import dev.trellis.core.infra.mongo.MongoMeetups;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Explicit wiring of career buddies: cohorts, the pairing engine, rounds on their cadence and the
 * meetups members coordinate with /buddy.
 */
@Configuration(proxyBeanMethods = false)
class BuddyConfiguration {

  static final Duration BUDDY_TICK = Duration.ofMinutes(5);

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
  Meetups meetups(MongoDatabase db, TextCipher cipher) {
    return new MongoMeetups(db, cipher);
  }

  @Bean
  BuddyAssignments buddyAssignments(MongoDatabase db) {
    return new MongoBuddyAssignments(db);
  }

  @Bean
  StartingBuddyRound.Stores buddyStores(
      BuddyRounds rounds, Meetups meetups, BuddyAssignments assignments) {
    return new StartingBuddyRound.Stores(rounds, meetups, assignments);
  }

  @Bean
  StartingBuddyRound startingBuddyRound(
      Cohorts cohorts,
      CohortRoster roster,
      StartingBuddyRound.Stores stores,
      QuestionBank questions,
      Outbox outbox,
      Holidays holidays,
      Clock clock) {
    return new StartingBuddyRound(
        cohorts, roster, stores, new PairingEngine(), questions, outbox, holidays, clock);
  }

  @Bean
  ShowingBuddyRound showingBuddyRound(BuddyRounds rounds, Meetups meetups) {
    return new ShowingBuddyRound(rounds, meetups);
  }

  @Bean
  CoordinatingMeetups coordinatingMeetups(
      Meetups meetups,
      People people,
      Cohorts cohorts,
      BuddyRounds rounds,
      Outbox outbox,
      Holidays holidays) {
    return new CoordinatingMeetups(meetups, people, cohorts, rounds, outbox, holidays);
  }

  @Bean
  RunningBuddyCommands runningBuddyCommands(
      Cohorts cohorts,
      Meetups meetups,
      BuddyAssignments assignments,
      People people,
      CoordinatingMeetups coordinating) {
    return new RunningBuddyCommands(cohorts, meetups, assignments, people, coordinating);
  }

  @Bean
  @Order(FeatureOrder.BUDDY)
  Feature buddyFeature(
      RunningBuddyCommands commands,
      CoordinatingMeetups meetups,
      SendingBuddyNudges nudges,
      Cohorts cohorts,
      BuddyRounds rounds,
      Meetups meetupStore,
      People people) {
    return new BuddyFeature(
        commands,
        meetups,
        nudges,
        new BuddyExport(cohorts, rounds, meetupStore, people),
        new BuddyCounts(rounds, meetupStore));
  }

  @Bean
  SendingBuddyNudges sendingBuddyNudges(
      Cohorts cohorts,
      StartingBuddyRound.Stores stores,
      People people,
      Outbox outbox,
      Holidays holidays) {
    return new SendingBuddyNudges(cohorts, stores, people, outbox, holidays);
  }

  @Bean
  RunningBuddyRounds runningBuddyRounds(
      Orgs orgs,
      Cohorts cohorts,
      StartingBuddyRound.Stores stores,
      People people,
      StartingBuddyRound starting,
      Outbox outbox,
      Holidays holidays,
      DueSteps steps,
      Clock clock) {
    return new RunningBuddyRounds(
        orgs, cohorts, stores, people, starting, outbox, holidays, steps, clock);
  }

  /**
   * Rounds start, plan their halfway nudges, ask and close on their own days; checking every few
   * minutes is enough.
   */
  @Bean
  QuartzTicker.Tick buddyRoundsTick(RunningBuddyRounds rounds) {
    return new QuartzTicker.Tick("buddy-rounds", BUDDY_TICK, rounds::run);
  }
}
