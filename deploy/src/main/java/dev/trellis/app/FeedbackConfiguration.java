package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.BuddyAssignments;
import dev.trellis.core.buddy.Meetups;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.feedback.FeedbackCadence;
import dev.trellis.core.feedback.FeedbackFeature;
import dev.trellis.core.feedback.FeedbackInAgenda;
import dev.trellis.core.feedback.FeedbackRecords;
import dev.trellis.core.infra.mongo.MongoFeedbackRecords;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.org.OrgSettingsStore;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Explicit wiring of feedback: requests and answers, the ask suggestion, and its part of the
 * manager's 1:1 agenda.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

  @Bean
  FeedbackRecords feedbackRecords(MongoDatabase db, TextCipher cipher) {
    return new MongoFeedbackRecords(db, cipher);
  }

  /** Each org's {@code feedback.askNudgeAfterWeeks} (6 where it set none), read when needed. */
  @Bean
  FeedbackCadence feedbackCadence(OrgSettingsStore orgSettings) {
    return orgId -> orgSettings.find(orgId).feedback().askNudgeAfter();
  }

  @Bean
  @Order(FeatureOrder.FEEDBACK)
  Feature feedbackFeature(
      FeedbackRecords records,
      People people,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps,
      Outbox outbox,
      OneOnOnes oneOnOnes,
      BuddyAssignments assignments,
      Meetups meetups,
      FeedbackCadence cadence) {
    return new FeedbackFeature(
        new FeedbackFeature.Stores(records, people, settings, holidays, steps, outbox),
        new FeedbackFeature.Partners(oneOnOnes, assignments, meetups),
        cadence);
  }

  /** The agenda's feedback section, after what the report shared. */
  @Bean
  @Order(FeatureOrder.FEEDBACK)
  AgendaSource feedbackInAgenda(FeedbackRecords records, FeedbackCadence cadence) {
    return new FeedbackInAgenda(records, cadence);
  }
}
