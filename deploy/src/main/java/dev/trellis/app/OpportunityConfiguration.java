package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.infra.mongo.MongoOpportunities;
import dev.trellis.core.infra.mongo.MongoOpportunityInterests;
import dev.trellis.core.opportunity.ImportingOpportunities;
import dev.trellis.core.opportunity.Opportunities;
import dev.trellis.core.opportunity.OpportunityFeature;
import dev.trellis.core.opportunity.OpportunityInterests;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.step.Holidays;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Internal opportunities: the org's postings, the interest people show in them, the commands and
 * buttons, and the CSV import the admin API offers.
 */
@Configuration(proxyBeanMethods = false)
class OpportunityConfiguration {

  @Bean
  Opportunities opportunities(MongoDatabase db) {
    return new MongoOpportunities(db);
  }

  @Bean
  OpportunityInterests opportunityInterests(MongoDatabase db) {
    return new MongoOpportunityInterests(db);
  }

  @Bean
  ImportingOpportunities importingOpportunities(
      Opportunities opportunities, People people, Clock clock) {
    return new ImportingOpportunities(opportunities, people, clock);
  }

  @Bean
  @Order(FeatureOrder.OPPORTUNITIES)
  Feature opportunityFeature(
      Opportunities opportunities,
      OpportunityInterests interests,
      People people,
      Goals goals,
      Outbox outbox,
      Holidays holidays,
      Clock clock) {
    return new OpportunityFeature(
        new OpportunityFeature.Stores(
            opportunities, interests, people, goals, outbox, holidays, clock));
  }
}
