package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.infra.mongo.MongoOpportunities;
import dev.trellis.core.infra.mongo.MongoOpportunityInterests;
import dev.trellis.core.infra.mongo.MongoSeenOpportunities;
import dev.trellis.core.opportunity.DigestMatches;
import dev.trellis.core.opportunity.ImportingOpportunities;
import dev.trellis.core.opportunity.Opportunities;
import dev.trellis.core.opportunity.OpportunityFeature;
import dev.trellis.core.opportunity.OpportunityInterests;
import dev.trellis.core.opportunity.SeenOpportunities;
import dev.trellis.core.opportunity.SendingOpportunityDigests;
import dev.trellis.core.opportunity.WeeklyDigest;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.step.Holidays;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Internal opportunities: the org's postings, the interest people show in them, the commands and
 * buttons, the weekly digest ({@code trellis.opportunities.weekly-digest}, default on) and the CSV
 * import the admin API offers.
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
  SeenOpportunities seenOpportunities(MongoDatabase db) {
    return new MongoSeenOpportunities(db);
  }

  @Bean
  SendingOpportunityDigests sendingOpportunityDigests(
      Opportunities opportunities,
      Goals goals,
      People people,
      SeenOpportunities seen,
      Outbox outbox) {
    return new SendingOpportunityDigests(
        people, new DigestMatches(opportunities, goals, people, seen), seen, outbox);
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
      Clock clock,
      SendingOpportunityDigests digests,
      SeenOpportunities seen,
      @Value("${trellis.opportunities.weekly-digest:true}") boolean weeklyDigest) {
    return new OpportunityFeature(
        new OpportunityFeature.Stores(
            opportunities, interests, people, goals, outbox, holidays, clock),
        new WeeklyDigest(digests, seen, weeklyDigest));
  }
}
