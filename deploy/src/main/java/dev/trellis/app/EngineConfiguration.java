package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.conversation.LastUsedPlatforms;
import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoKeyCheck;
import dev.trellis.core.infra.mongo.MongoLastUsedPlatforms;
import dev.trellis.core.infra.mongo.MongoNudgeDays;
import dev.trellis.core.infra.mongo.MongoSchema;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.NudgeRule;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Explicit wiring of the engine: the schedule and its stores, the routes every {@link Feature} bean
 * registers, and the conversation engine that dispatches by them. Each feature has its own
 * configuration class ({@link ReflectionConfiguration}, {@link SettingsConfiguration}, {@link
 * OneOnOneFlowConfiguration}, {@link BuddyConfiguration}); the step runner of {@link
 * SchedulingConfiguration} runs the steps the features registered.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  TextCipher textCipher(TrellisProperties properties, MongoDatabase db) {
    boolean sharedDatabase =
        properties.mongodb().uri() != null && !properties.mongodb().uri().isBlank();
    EncryptionKey key =
        EncryptionKey.resolve(properties.encryption().key(), properties.dataDir(), sharedDatabase);
    TextCipher cipher = new AesGcmTextCipher(key.bytes());
    MongoKeyCheck.verify(db, cipher);
    return cipher;
  }

  @Bean
  Holidays holidays(MongoDatabase db) {
    return new MongoHolidays(db);
  }

  @Bean
  DueSteps dueSteps(MongoDatabase db) {
    return new MongoDueSteps(db);
  }

  /** The one rule every feature's nudges pass: at most one a person a day, at a sendable time. */
  @Bean
  NudgeRule nudgeRule(
      MongoDatabase db, People people, Holidays holidays, PeopleSettings settings, DueSteps steps) {
    return new NudgeRule(new MongoNudgeDays(db), people, holidays, settings, steps);
  }

  /**
   * Plans what the features' step sources plan. The routes are looked up when planning runs: a
   * feature (1:1s re-plan on {@code 1on1 add}) needs planning before the routes exist.
   */
  @Bean
  PlanningSteps planningSteps(
      People people,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps,
      ObjectProvider<Routes> routes,
      Clock clock,
      TrellisProperties properties) {
    return new PlanningSteps(
        people,
        settings,
        holidays,
        steps,
        () -> routes.getObject().stepSources(),
        clock,
        properties.scheduling().planningHorizon());
  }

  @Bean
  ReplanningOrg replanningOrg(DueSteps steps, PlanningSteps planning) {
    return new ReplanningOrg(steps, planning);
  }

  /**
   * The routes of all features, in their {@link FeatureOrder}; a route claimed twice stops
   * start-up. The indexes the features declare are created here.
   */
  @Bean
  Routes routes(ObjectProvider<Feature> features, MongoDatabase db) {
    Routes routes = Routes.of(features.orderedStream().toList());
    MongoSchema.ensureIndexes(db, routes.indexes());
    return routes;
  }

  @Bean
  ShowingHome showingHome(Routes routes) {
    return new ShowingHome(routes);
  }

  @Bean
  ConversationEngine conversationEngine(
      People people, Routes routes, UnreachableRecipients unreachable, LastUsedPlatforms lastUsed) {
    return new ConversationEngine(people, routes, unreachable, lastUsed);
  }

  @Bean
  LastUsedPlatforms lastUsedPlatforms(MongoDatabase db) {
    return new MongoLastUsedPlatforms(db);
  }

  @Bean
  UnreachableRecipients unreachableRecipients(MongoDatabase db) {
    return new MongoUnreachableRecipients(db);
  }
}
