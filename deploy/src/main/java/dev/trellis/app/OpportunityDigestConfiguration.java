package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.infra.mongo.MongoOpportunities;
import dev.trellis.core.infra.mongo.MongoSeenOpportunities;
import dev.trellis.core.opportunity.DigestMatches;
import dev.trellis.core.opportunity.OpportunityDigestFeature;
import dev.trellis.core.opportunity.SeenOpportunities;
import dev.trellis.core.opportunity.SendingOpportunityDigests;
import dev.trellis.core.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The weekly opportunity digest: matching people's open goals with the org's open opportunities,
 * once a week a person, through the nudge rule. It reads the opportunities through a store of its
 * own (stateless), so it needs nothing of the opportunity feature's wiring.
 */
@Configuration(proxyBeanMethods = false)
class OpportunityDigestConfiguration {

  @Bean
  SeenOpportunities seenOpportunities(MongoDatabase db) {
    return new MongoSeenOpportunities(db);
  }

  @Bean
  SendingOpportunityDigests sendingOpportunityDigests(
      MongoDatabase db, Goals goals, People people, SeenOpportunities seen, Outbox outbox) {
    return new SendingOpportunityDigests(
        people, new DigestMatches(new MongoOpportunities(db), goals, people, seen), seen, outbox);
  }

  @Bean
  @Order(FeatureOrder.OPPORTUNITY_DIGEST)
  Feature opportunityDigestFeature(
      SendingOpportunityDigests sending,
      SeenOpportunities seen,
      @Value("${trellis.opportunities.weekly-digest:true}") boolean weeklyDigest) {
    return new OpportunityDigestFeature(sending, seen, weeklyDigest);
  }
}
