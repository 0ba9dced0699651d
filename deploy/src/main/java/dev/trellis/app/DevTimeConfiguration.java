package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.devtime.DevTimeEntries;
import dev.trellis.core.devtime.DevTimeFeature;
import dev.trellis.core.devtime.DevTimeInAgenda;
import dev.trellis.core.devtime.DevTimeReport;
import dev.trellis.core.devtime.DevTimeShares;
import dev.trellis.core.devtime.SendingDevTimeReminders;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.infra.mongo.MongoDevTimeEntries;
import dev.trellis.core.infra.mongo.MongoDevTimeShares;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Development time: the person's own log against the org's monthly budget, its reminders (monthly,
 * and at the start of the protected slot), the totals a report shares in the 1:1 agenda, and the
 * admins' aggregates.
 */
@Configuration(proxyBeanMethods = false)
class DevTimeConfiguration {

  @Bean
  DevTimeEntries devTimeEntries(MongoDatabase db, TextCipher cipher) {
    return new MongoDevTimeEntries(db, cipher);
  }

  @Bean
  DevTimeShares devTimeShares(MongoDatabase db) {
    return new MongoDevTimeShares(db);
  }

  @Bean
  @Order(FeatureOrder.DEV_TIME)
  Feature devTimeFeature(
      DevTimeEntries entries,
      DevTimeShares shares,
      Goals goals,
      People people,
      OrgSettingsStore settings,
      Outbox outbox) {
    return new DevTimeFeature(
        new DevTimeFeature.Stores(entries, shares, goals, people, settings),
        SendingDevTimeReminders.monthly(people, goals, entries, settings, outbox),
        SendingDevTimeReminders.slot(people, goals, entries, settings, outbox));
  }

  /** The totals a report shared with their manager, after the goals they shared. */
  @Bean
  @Order(FeatureOrder.DEV_TIME)
  AgendaSource devTimeInAgenda(
      DevTimeEntries entries, DevTimeShares shares, OrgSettingsStore settings) {
    return new DevTimeInAgenda(entries, shares, settings);
  }

  @Bean
  DevTimeReport devTimeReport(People people, DevTimeEntries entries, OrgSettingsStore settings) {
    return new DevTimeReport(people, entries, settings);
  }
}
