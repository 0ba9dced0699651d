package dev.trellis.app;

import com.mongodb.client.MongoDatabase;
import dev.trellis.core.infra.mongo.MongoOrgQuestions;
import dev.trellis.core.infra.mongo.MongoPromptedQuestions;
import dev.trellis.core.question.BuiltInQuestions;
import dev.trellis.core.question.OrgQuestions;
import dev.trellis.core.question.PromptedQuestions;
import dev.trellis.core.question.QuestionBank;
import dev.trellis.core.question.QuestionPicker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Explicit wiring of the question bank and picker. The picker's no-repeat window ({@code
 * TRELLIS_QUESTIONS_NO_REPEAT_WINDOW}) is also how many prompts the history keeps per person.
 */
@Configuration(proxyBeanMethods = false)
class QuestionsConfiguration {

  private static final String NO_REPEAT_WINDOW =
      "${trellis.questions.no-repeat-window:" + QuestionPicker.DEFAULT_NO_REPEAT_WINDOW + "}";

  @Bean
  BuiltInQuestions builtInQuestions() {
    return BuiltInQuestions.load();
  }

  @Bean
  OrgQuestions orgQuestions(MongoDatabase db) {
    return new MongoOrgQuestions(db);
  }

  @Bean
  PromptedQuestions promptedQuestions(MongoDatabase db, @Value(NO_REPEAT_WINDOW) int window) {
    return new MongoPromptedQuestions(db, window);
  }

  @Bean
  QuestionBank questionBank(BuiltInQuestions builtInQuestions, OrgQuestions orgQuestions) {
    return new QuestionBank(builtInQuestions, orgQuestions);
  }

  @Bean
  QuestionPicker questionPicker(
      QuestionBank questionBank,
      PromptedQuestions promptedQuestions,
      @Value(NO_REPEAT_WINDOW) int window) {
    return new QuestionPicker(questionBank, promptedQuestions, window);
  }
}
