package dev.trellis.app;

import dev.trellis.core.analytics.HrAnalytics;
import dev.trellis.core.directory.ErasedPeople;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Routes;
import dev.trellis.core.org.OrgSettingsStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HR analytics over what every feature counts ({@code routes.counts}). */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

  @Bean
  HrAnalytics hrAnalytics(
      Routes routes,
      People people,
      ErasedPeople erasedPeople,
      OrgSettingsStore settings,
      Clock clock) {
    return new HrAnalytics(routes.counted(), people, erasedPeople, settings, clock);
  }
}
