package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.People;
import dev.trellis.core.erasure.ErasingPerson;
import dev.trellis.core.erasure.ErasureFeature;
import dev.trellis.core.erasure.ForgettingOldTexts;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feature.PersonalErasure;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.infra.mongo.MongoPersonRecords;
import dev.trellis.core.infra.quartz.QuartzTicker;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.privacy.AuditLog;
import dev.trellis.core.privacy.TextCipher;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Data rights, the erasing half: forget-me and the admin DELETE through one {@link ErasingPerson}
 * over every feature's erasure; the platforms' records of a person (their {@link PersonalErasure}
 * beans) erased before Trellis's own; and the daily retention run.
 */
@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

  @Bean
  ErasingPerson erasingPerson(People people, ObjectProvider<Routes> routes) {
    return new ErasingPerson(people, () -> routes.getObject().erasures());
  }

  @Bean
  @Order(FeatureOrder.ERASURE)
  Feature erasureFeature(
      People people,
      MongoDatabase db,
      ErasedPeople erasedPeople,
      AuditLog auditLog,
      TextCipher cipher,
      Clock clock,
      ObjectProvider<ErasingPerson> erasing) {
    return new ErasureFeature(
        new ErasureFeature.Stores(
            people, new MongoPersonRecords(db, cipher), erasedPeople, auditLog, cipher, clock),
        erasing::getObject);
  }

  /** What the platform adapters keep of a person (Teams conversation references, ...). */
  @Bean
  @Order(FeatureOrder.PLATFORM_ERASURES)
  Feature platformErasures(ObjectProvider<PersonalErasure> platforms) {
    return routes -> platforms.orderedStream().forEach(routes::erases);
  }

  /** Every day (and once at start-up), texts older than each org's retention are forgotten. */
  @Bean
  QuartzTicker.Tick retentionTick(
      Orgs orgs, OrgSettingsStore settings, ObjectProvider<Routes> routes, Clock clock) {
    ForgettingOldTexts retention =
        new ForgettingOldTexts(orgs, settings, () -> routes.getObject().erasures(), clock);
    return new QuartzTicker.Tick("retention", Duration.ofDays(1), retention::forgetInEveryOrg);
  }
}
