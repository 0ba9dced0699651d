package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.settings.SettingsFeature;
import dev.trellis.core.step.PeopleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The settings feature: a person's settings, pause and resume, their platform. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

  @Bean
  PeopleSettings peopleSettings(MongoDatabase db) {
    return new MongoPeopleSettings(db);
  }

  @Bean
  @Order(FeatureOrder.SETTINGS)
  Feature settingsFeature(PeopleSettings settings) {
    return new SettingsFeature(settings);
  }
}
