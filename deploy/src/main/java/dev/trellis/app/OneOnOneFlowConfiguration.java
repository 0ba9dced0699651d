package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.infra.mongo.MongoAgendaQuestions;
import dev.trellis.core.infra.mongo.MongoEndedOneOnOnes;
import dev.trellis.core.infra.mongo.MongoOneOnOneOutcomes;
import dev.trellis.core.oneonone.AgendaQuestions;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.oneonone.DevelopmentQuestions;
import dev.trellis.core.oneonone.OneOnOneFeature;
import dev.trellis.core.oneonone.OneOnOneOutcomes;
import dev.trellis.core.oneonone.RecordingOutcomes;
import dev.trellis.core.oneonone.RemovingOneOnOnes;
import dev.trellis.core.oneonone.SendingAgendas;
import dev.trellis.core.oneonone.SendingLastFifteenNudges;
import dev.trellis.core.oneonone.SendingTakeawayPrompts;
import dev.trellis.core.oneonone.SharedGoalQuestions;
import dev.trellis.core.oneonone.SharedSinceLastOneOnOne;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.reflection.Prompts;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The 1:1 feature: agenda nudges, the last-15-minutes prompt and its answers, the takeaway. */
@Configuration(proxyBeanMethods = false)
class OneOnOneFlowConfiguration {

  private static final Duration TAKEAWAY_OPEN_FOR = Duration.ofDays(6);

  @Bean
  AgendaQuestions agendaQuestions(MongoDatabase db) {
    return new MongoAgendaQuestions(db);
  }

  @Bean
  OneOnOneOutcomes oneOnOneOutcomes(MongoDatabase db) {
    return new MongoOneOnOneOutcomes(db);
  }

  @Bean
  DevelopmentQuestions developmentQuestions(
      QuestionPicker picker, PromptedQuestions asked, AgendaQuestions picked) {
    return new DevelopmentQuestions(picker, asked, picked, new Random());
  }

  /** What the report shared with this manager since the last 1:1: the agenda's first section. */
  @Bean
  @Order(FeatureOrder.ONE_ON_ONE)
  AgendaSource sharedSinceLastOneOnOne(Reflections reflections) {
    return new SharedSinceLastOneOnOne(reflections);
  }

  /**
   * The agenda shows the sections of every {@link AgendaSource} bean, in their {@code @Order}: a
   * feature adds its own (open goals, feedback) in its configuration class.
   */
  @Bean
  SendingAgendas sendingAgendas(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      DevelopmentQuestions questions,
      ObjectProvider<AgendaSource> sources,
      Outbox outbox) {
    return new SendingAgendas(
        oneOnOnes, people, settings, questions, sources.orderedStream().toList(), outbox);
  }

  /** The last-15 question is about a stalled shared goal when the goals feature finds one. */
  @Bean
  SendingLastFifteenNudges sendingLastFifteenNudges(
      OneOnOnes oneOnOnes,
      People people,
      PeopleSettings settings,
      DevelopmentQuestions questions,
      ObjectProvider<SharedGoalQuestions> goalQuestions,
      Outbox outbox) {
    return new SendingLastFifteenNudges(
        oneOnOnes,
        people,
        settings,
        questions,
        goalQuestions.getIfAvailable(() -> SharedGoalQuestions.NONE),
        outbox);
  }

  @Bean
  SendingTakeawayPrompts sendingTakeawayPrompts(
      OneOnOnes oneOnOnes, People people, PeopleSettings settings, Prompts prompts, Outbox outbox) {
    return new SendingTakeawayPrompts(
        oneOnOnes, people, settings, prompts, outbox, TAKEAWAY_OPEN_FOR);
  }

  @Bean
  RemovingOneOnOnes removingOneOnOnes(OneOnOnes oneOnOnes, DueSteps steps) {
    return new RemovingOneOnOnes(oneOnOnes, steps);
  }

  @Bean
  RecordingOutcomes recordingOutcomes(OneOnOnes oneOnOnes, OneOnOneOutcomes outcomes) {
    return new RecordingOutcomes(oneOnOnes, outcomes);
  }

  @Bean
  @Order(FeatureOrder.ONE_ON_ONE)
  Feature oneOnOneFeature(
      OneOnOnes oneOnOnes,
      People people,
      ReplanningOrg replanning,
      RecordingOutcomes outcomes,
      SendingAgendas agendas,
      SendingLastFifteenNudges lastFifteen,
      SendingTakeawayPrompts takeaways,
      MongoDatabase db,
      Clock clock) {
    return new OneOnOneFeature(
        oneOnOnes,
        people,
        replanning,
        outcomes,
        new OneOnOneFeature.Senders(agendas, lastFifteen, takeaways),
        new MongoEndedOneOnOnes(db),
        clock);
  }
}
