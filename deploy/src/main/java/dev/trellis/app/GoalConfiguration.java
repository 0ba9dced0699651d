package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.goal.GoalFeature;
import dev.trellis.core.goal.Goals;
import dev.trellis.core.goal.SendingMapPrompts;
import dev.trellis.core.goal.SharedGoalsInAgenda;
import dev.trellis.core.goal.StalledSharedGoals;
import dev.trellis.core.infra.mongo.MongoGoals;
import dev.trellis.core.oneonone.AgendaSource;
import dev.trellis.core.oneonone.SharedGoalQuestions;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.question.QuestionPicker;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Career goals: the person's own goals and career map, the quarterly look at it, and what the 1:1
 * shows of the goals shared with the manager (an agenda section, the last-15 question).
 */
@Configuration(proxyBeanMethods = false)
class GoalConfiguration {

  @Bean
  Goals goals(MongoDatabase db, TextCipher cipher) {
    return new MongoGoals(db, cipher);
  }

  @Bean
  SendingMapPrompts sendingMapPrompts(
      People people, Goals goals, QuestionPicker picker, Outbox outbox) {
    return new SendingMapPrompts(people, goals, picker, outbox, new Random());
  }

  @Bean
  @Order(FeatureOrder.GOALS)
  Feature goalFeature(
      Goals goals,
      People people,
      SendingMapPrompts prompts,
      @Value("${trellis.goals.quarterly-prompts:true}") boolean quarterlyPrompts) {
    return new GoalFeature(goals, people, prompts, quarterlyPrompts);
  }

  /** The report's open goals shared with the manager, after what they shared since the last 1:1. */
  @Bean
  @Order(FeatureOrder.GOALS)
  AgendaSource sharedGoalsInAgenda(Goals goals) {
    return new SharedGoalsInAgenda(goals);
  }

  /** The last-15 question about a shared goal that stalled. */
  @Bean
  SharedGoalQuestions stalledSharedGoals(Goals goals) {
    return new StalledSharedGoals(goals);
  }
}
