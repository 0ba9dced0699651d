package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.buddy.CoordinatingMeetups;
import dev.trellis.core.buddy.RunningBuddyCommands;
import dev.trellis.core.conversation.ConversationEngine;
import dev.trellis.core.conversation.LastUsedPlatforms;
import dev.trellis.core.conversation.RunningCommands;
import dev.trellis.core.conversation.ShowingHome;
import dev.trellis.core.directory.OneOnOnes;
import dev.trellis.core.directory.People;
import dev.trellis.core.infra.crypto.AesGcmTextCipher;
import dev.trellis.core.infra.mongo.MongoDueSteps;
import dev.trellis.core.infra.mongo.MongoHolidays;
import dev.trellis.core.infra.mongo.MongoKeyCheck;
import dev.trellis.core.infra.mongo.MongoLastUsedPlatforms;
import dev.trellis.core.infra.mongo.MongoPeopleSettings;
import dev.trellis.core.infra.mongo.MongoPrompts;
import dev.trellis.core.infra.mongo.MongoReflections;
import dev.trellis.core.infra.mongo.MongoUnreachableRecipients;
import dev.trellis.core.oneonone.RecordingOutcomes;
import dev.trellis.core.outbox.Outbox;
import dev.trellis.core.outbox.UnreachableRecipients;
import dev.trellis.core.privacy.TextCipher;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionPicker;
import dev.trellis.core.reflection.AnsweringReflections;
import dev.trellis.core.reflection.Prompts;
import dev.trellis.core.reflection.Reflections;
import dev.trellis.core.reflection.SendingReflectionPrompts;
import dev.trellis.core.reflection.TellingOfNewManagers;
import dev.trellis.core.schedule.StepPlanner;
import dev.trellis.core.step.DueSteps;
import dev.trellis.core.step.Holidays;
import dev.trellis.core.step.PeopleSettings;
import dev.trellis.core.step.PlanningSteps;
import dev.trellis.core.step.ReplanningOrg;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Explicit wiring of the engine: the schedule and its stores, the reflection flow, the commands and
 * the conversation engine. Each {@code StepHandler} bean (the reflection prompts here, more from
 * other flows) is picked up by {@link SchedulingConfiguration}'s step runner.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  /** How long a reflection prompt can be answered after it was sent. */
  static final Duration PROMPT_OPEN_FOR = Duration.ofDays(6);

  @Bean
  TextCipher textCipher(TrellisProperties properties, MongoDatabase db) {
    boolean sharedDatabase =
        properties.mongodb().uri() != null && !properties.mongodb().uri().isBlank();
    EncryptionKey key =
        EncryptionKey.resolve(properties.encryption().key(), properties.dataDir(), sharedDatabase);
    TextCipher cipher = new AesGcmTextCipher(key.bytes());
    MongoKeyCheck.verify(db, cipher);
    return cipher;
  }

  @Bean
  PeopleSettings peopleSettings(MongoDatabase db) {
    return new MongoPeopleSettings(db);
  }

  @Bean
  Holidays holidays(MongoDatabase db) {
    return new MongoHolidays(db);
  }

  @Bean
  DueSteps dueSteps(MongoDatabase db) {
    return new MongoDueSteps(db);
  }

  @Bean
  Prompts prompts(MongoDatabase db) {
    return new MongoPrompts(db);
  }

  @Bean
  Reflections reflections(MongoDatabase db, TextCipher cipher) {
    return new MongoReflections(db, cipher);
  }

  @Bean
  StepPlanner stepPlanner() {
    return new StepPlanner();
  }

  @Bean
  PlanningSteps planningSteps(
      People people,
      OneOnOnes oneOnOnes,
      PeopleSettings settings,
      Holidays holidays,
      DueSteps steps,
      StepPlanner planner,
      Clock clock,
      TrellisProperties properties) {
    return new PlanningSteps(
        people,
        oneOnOnes,
        settings,
        holidays,
        steps,
        planner,
        clock,
        properties.scheduling().planningHorizon());
  }

  @Bean
  ShowingHome showingHome(
      OneOnOnes oneOnOnes,
      People people,
      Prompts prompts,
      PeopleSettings settings,
      RunningBuddyCommands buddies) {
    return new ShowingHome(oneOnOnes, people, prompts, settings, buddies);
  }

  @Bean
  ReplanningOrg replanningOrg(DueSteps steps, PlanningSteps planning) {
    return new ReplanningOrg(steps, planning);
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
  RunningCommands runningCommands(
      People people,
      OneOnOnes oneOnOnes,
      Reflections reflections,
      PeopleSettings settings,
      ReplanningOrg replanning,
      RunningBuddyCommands buddies) {
    return new RunningCommands(people, oneOnOnes, reflections, settings, replanning, buddies);
  }

  @Bean
  ConversationEngine conversationEngine(
      People people,
      AnsweringReflections reflections,
      RunningCommands commands,
      RecordingOutcomes oneOnOneOutcomes,
      CoordinatingMeetups meetups,
      UnreachableRecipients unreachable,
      LastUsedPlatforms lastUsed) {
    return new ConversationEngine(
        people, reflections, commands, oneOnOneOutcomes, meetups, unreachable, lastUsed);
  }

  @Bean
  LastUsedPlatforms lastUsedPlatforms(MongoDatabase db) {
    return new MongoLastUsedPlatforms(db);
  }

  @Bean
  UnreachableRecipients unreachableRecipients(MongoDatabase db) {
    return new MongoUnreachableRecipients(db);
  }
}
