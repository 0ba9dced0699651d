package dev.trellis.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuestionTest {

  @Test
  void aCustomQuestionGetsAFreshCustomIdAndAStrippedText() {
    Question question = Question.custom(Theme.SKILLS, "  What do you enjoy teaching others?\n");

    assertThat(question.id().value()).startsWith("custom:");
    assertThat(question.id().isBuiltIn()).isFalse();
    assertThat(question.text()).isEqualTo("What do you enjoy teaching others?");
    assertThat(question.builtIn()).isFalse();
    assertThat(question.retired()).isFalse();
    assertThat(Question.custom(Theme.SKILLS, "Another one?").id()).isNotEqualTo(question.id());
  }

  @Test
  void givenATextOutside5To500Characters_thenItIsRefusedWithItsLength() {
    assertThat(Question.textProblem("Why?")).hasValue("text must be 5 to 500 characters, not 4");
    assertThat(Question.textProblem("   ")).hasValue("text is required");
    assertThat(Question.textProblem(null)).hasValue("text is required");
    assertThat(Question.textProblem("x".repeat(501))).isPresent();
    assertThat(Question.textProblem("x".repeat(500))).isEmpty();
    assertThat(Question.textProblem("  Why?! ")).isEmpty();
    assertThatThrownBy(() -> Question.custom(Theme.SKILLS, "Why?"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    assertThat(Question.textProblem("\uD83C\uDF31".repeat(500))).isEmpty();
    assertThat(Question.textProblem("\uD83C\uDF31".repeat(4))).isPresent();
  }

  @Test
  void builtInFlagMustMatchTheId() {
    assertThatThrownBy(
            () ->
                new Question(
                    QuestionId.builtIn("skills.1"), Theme.SKILLS, "Some question?", false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Question(QuestionId.newCustom(), Theme.SKILLS, "Some question?", true, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsHaveOneOfTwoShapes() {
    assertThat(QuestionId.parse("builtin:aspirations.1")).isPresent();
    assertThat(QuestionId.parse("custom:0b6c1b6e-4bd0-4d5f-9b8c-3d0e0b1b2c3d")).isPresent();
    assertThat(QuestionId.parse("aspirations.1")).isEmpty();
    assertThat(QuestionId.parse("custom:")).isEmpty();
    assertThat(QuestionId.parse("custom:a/b")).isEmpty();
    assertThat(QuestionId.parse(null)).isEmpty();
    assertThatThrownBy(() -> new QuestionId("other:x")).hasMessageContaining("other:x");
  }

  @Test
  void themesParseInAnyCase() {
    assertThat(Theme.parse(" Lattice ")).hasValue(Theme.LATTICE);
    assertThat(Theme.parse("networks")).hasValue(Theme.NETWORKS);
    assertThat(Theme.parse("careers")).isEmpty();
    assertThat(Theme.parse(null)).isEmpty();
    assertThat(Theme.keys())
        .isEqualTo("aspirations, skills, learning, feedback, networks, lattice");
  }
}
