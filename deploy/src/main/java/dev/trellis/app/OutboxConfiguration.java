package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.conversation.LastUsedPlatforms;
import dev.trellis.core.conversation.ReachingPeople;
import dev.trellis.core.directory.People;
import dev.trellis.core.infra.mongo.MongoDeadLetters;
import dev.trellis.core.infra.mongo.MongoOrgSendingLeases;
import dev.trellis.core.infra.mongo.MongoOutbox;
import dev.trellis.core.message.ChatPlatform;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.outbox.DeadLetterRetries;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.OutboxDispatcher;
import dev.trellis.core.outbox.OutboxSettings;
import dev.trellis.core.outbox.RecipientRoutes;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.step.PeopleSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox and its dispatcher; {@link SchedulingConfiguration} runs the dispatcher. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

  @Bean
  Outbox outbox(MongoDatabase db, TextCipher cipher) {
    return new MongoOutbox(db, cipher);
  }

  @Bean
  DeadLetterRetries deadLetterRetries(MongoDatabase db) {
    return new MongoDeadLetters(db);
  }

  /**
   * Closed when the context stops, after the scheduler that starts its senders: messages on their
   * way finish, the rest go back to the queue and the org leases are given up.
   */
  @Bean
  OutboxDispatcher outboxDispatcher(
      Outbox outbox,
      ObjectProvider<ChatPlatform> platforms,
      Clock clock,
      InstanceId instance,
      TrellisProperties properties,
      UnreachableRecipients unreachable,
      RecipientRoutes routes,
      MongoDatabase db) {
    TrellisProperties.Outbox o = properties.outbox();
    OutboxSettings settings =
        new OutboxSettings(
            o.maxAttempts(),
            o.firstBackoff(),
            o.maxBackoff(),
            o.lease(),
            o.batchSize(),
            o.perOrgConcurrency(),
            o.perPlatformConcurrency(),
            o.orgLease(),
            OutboxSettings.DEFAULTS.shortWait());
    // java.util.Random is safe to share: the scheduler and an admin's "send now" both dispatch.
    return new OutboxDispatcher(
        outbox,
        platforms.orderedStream().toList(),
        clock,
        instance.value(),
        settings,
        new Random(),
        unreachable,
        routes,
        new MongoOrgSendingLeases(db));
  }

  @Bean
  OutboxShutdown outboxShutdown(
      OutboxDispatcher dispatcher,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration grace) {
    // A little under the phase's timeout, so the phase ends with the senders' leases released.
    return new OutboxShutdown(dispatcher, grace.minus(grace.dividedBy(10)));
  }

  /** A person's messages go to the platform that reaches them best when they are sent. */
  @Bean
  RecipientRoutes recipientRoutes(
      People people, PeopleSettings settings, LastUsedPlatforms lastUsed, Orgs orgs) {
    return new ReachingPeople(people, settings, lastUsed, orgs);
  }
}
