package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.directory.People;
import dev.trellis.core.feature.Feature;
import dev.trellis.core.infra.mongo.MongoPrompts;
import dev.trellis.core.infra.mongo.MongoReflections;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.reflection.AnsweringReflections;
import dev.trellis.core.reflection.Prompts;
import dev.trellis.core.reflection.ReflectionFeature;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import dev.trellis.core.reflection.TellingOfNewManagers;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The reflection feature: prompts, their answers, sharing and history. */
@Configuration(proxyBeanMethods = false)
class ReflectionConfiguration {

  /** How long a reflection prompt can be answered after it was sent. */
  static final Duration PROMPT_OPEN_FOR = Duration.ofDays(6);

  @Bean
  Prompts prompts(MongoDatabase db) {
    return new MongoPrompts(db);
  }

  @Bean
  Reflections reflections(MongoDatabase db, TextCipher cipher) {
    return new MongoReflections(db, cipher);
  }

  @Bean
  SendingReflectionPrompts sendingReflectionPrompts(
      People people,
      PeopleSettings settings,
      Prompts prompts,
      QuestionPicker picker,
      PromptedQuestions prompted,
      Outbox outbox) {
    // java.util.Random is safe to share: steps run on the scheduler, "send now" on request threads.
    return new SendingReflectionPrompts(
        people, settings, prompts, picker, prompted, outbox, new Random(), PROMPT_OPEN_FOR);
  }

  @Bean
  AnsweringReflections answeringReflections(
      Prompts prompts,
      Reflections reflections,
      People people,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps) {
    return new AnsweringReflections(prompts, reflections, people, settings, holidays, steps);
  }

  @Bean
  TellingOfNewManagers tellingOfNewManagers(
      People people, Reflections reflections, Holidays holidays, Outbox outbox, Clock clock) {
    return new TellingOfNewManagers(people, reflections, holidays, outbox, clock);
  }

  @Bean
  @Order(FeatureOrder.REFLECTION)
  Feature reflectionFeature(
      AnsweringReflections answering,
      SendingReflectionPrompts sending,
      Reflections reflections,
      Prompts prompts,
      People people) {
    return new ReflectionFeature(answering, sending, reflections, prompts, people);
  }
}
