package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.ManagerChanges;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.directory.importing.ImportingOneOnOnes;
import dev.trellis.core.directory.importing.ImportingPeople;
import dev.trellis.core.infra.mongo.MongoErasedPeople;
import dev.trellis.core.infra.mongo.MongoOneOnOnes;
import dev.trellis.core.infra.mongo.MongoOrgSettings;
import dev.trellis.core.infra.mongo.MongoOrgs;
import dev.trellis.core.infra.mongo.MongoPeople;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.org.Orgs;
import dev.trellis.core.org.SavingOrg;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Explicit wiring of bot-core: plain constructors, one bean each, no component scan of core. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Orgs orgs(MongoDatabase db) {
    return new MongoOrgs(db);
  }

  /** Each org's settings, one section per feature; the features read their own section. */
  @Bean
  OrgSettingsStore orgSettings(MongoDatabase db) {
    return new MongoOrgSettings(db);
  }

  @Bean
  People people(MongoDatabase db) {
    return new MongoPeople(db);
  }

  @Bean
  ErasedPeople erasedPeople(MongoDatabase db) {
    return new MongoErasedPeople(db);
  }

  @Bean
  OneOnOnes oneOnOnes(MongoDatabase db) {
    return new MongoOneOnOnes(db);
  }

  @Bean
  SavingOrg savingOrg(Orgs orgs) {
    return new SavingOrg(orgs);
  }

  @Bean
  ImportingPeople importingPeople(People people, ManagerChanges managerChanges) {
    return new ImportingPeople(people, managerChanges);
  }

  @Bean
  ImportingOneOnOnes importingOneOnOnes(People people, OneOnOnes oneOnOnes, Clock clock) {
    return new ImportingOneOnOnes(people, oneOnOnes, clock);
  }
}
