package dev.trellis.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuiltInQuestionsTest {

  private final BuiltInQuestions builtIns = BuiltInQuestions.load();

  @ParameterizedTest
  @EnumSource(Theme.class)
  void everyThemeHasAtLeastFourQuestions(Theme theme) {
    assertThat(builtIns.all().stream().filter(q -> q.theme() == theme))
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void everyQuestionIsBuiltInActiveAndNamedAfterItsTheme() {
    assertThat(builtIns.all())
        .allSatisfy(
            q -> {
              assertThat(q.builtIn()).isTrue();
              assertThat(q.retired()).isFalse();
              assertThat(q.id().value()).matches("builtin:" + q.theme().key() + "\\.[1-9][0-9]*");
              assertThat(q.text()).endsWith("?");
            });
    assertThat(builtIns.all().stream().map(Question::text)).doesNotHaveDuplicates();
  }

  /**
   * Ids are stored in people's prompt history and in each org's retired questions: once shipped, an
   * id keeps its meaning. This list only grows.
   */
  @Test
  void shippedIdsStayAndKeepTheirMeaning() {
    Map<String, String> meaning =
        Map.ofEntries(
            Map.entry("aspirations.1", "(?i).*work.*now.*career.*"),
            Map.entry("aspirations.2", "(?i).*year from now.*five years.*"),
            Map.entry("aspirations.3", "(?i).*happiest at work.*what made it.*"),
            Map.entry("skills.1", "(?i).*skills or talents.*not tapping.*"),
            Map.entry("learning.1", "(?i).*ideas.*learn and grow.*"),
            Map.entry("learning.2", "(?i).*work-related skill.*learn next.*"),
            Map.entry("feedback.1", "(?i).*whose feedback.*ask.*"),
            Map.entry("feedback.4", "(?i).*ask for feedback.*"),
            Map.entry("networks.1", "(?i).*outside your team.*get to know.*"),
            Map.entry("lattice.1", "(?i).*lateral move.*"),
            Map.entry("lattice.2", "(?i).*stretch project.*"),
            Map.entry("lattice.3", "(?i).*mentor.*"));
    meaning.forEach(
        (key, pattern) ->
            assertThat(builtIns.find(QuestionId.builtIn(key)))
                .as(key)
                .hasValueSatisfying(q -> assertThat(q.text()).matches(Pattern.compile(pattern))));
    assertThat(builtIns.all().stream().map(q -> q.id().value()))
        .contains(
            "builtin:aspirations.4",
            "builtin:aspirations.5",
            "builtin:aspirations.6",
            "builtin:skills.2",
            "builtin:skills.3",
            "builtin:skills.4",
            "builtin:skills.5",
            "builtin:learning.3",
            "builtin:learning.4",
            "builtin:learning.5",
            "builtin:feedback.2",
            "builtin:feedback.3",
            "builtin:feedback.5",
            "builtin:networks.2",
            "builtin:networks.3",
            "builtin:networks.4",
            "builtin:networks.5",
            "builtin:lattice.4",
            "builtin:lattice.5",
            "builtin:lattice.6");
  }

  @Test
  void questionsComeByThemeThenNumber() {
    Map<Theme, Integer> lastNumber = new EnumMap<>(Theme.class);
    Theme previous = Theme.values()[0];
    for (Question q : builtIns.all()) {
      assertThat(q.theme()).isGreaterThanOrEqualTo(previous);
      int number = Integer.parseInt(q.id().value().substring(q.id().value().indexOf('.') + 1));
      assertThat(number).isGreaterThan(lastNumber.getOrDefault(q.theme(), 0));
      lastNumber.put(q.theme(), number);
      previous = q.theme();
    }
  }

  @Test
  void givenKeysNumberedPastNine_thenTheyAreOrderedAsNumbers() {
    BuiltInQuestions loaded =
        BuiltInQuestions.from(
            bundle("skills.10", "Tenth question?", "skills.9", "Ninth question?"));

    assertThat(loaded.all().stream().map(q -> q.id().value()))
        .containsExactly("builtin:skills.9", "builtin:skills.10");
  }

  @Test
  void givenAMalformedBundle_thenLoadingFailsAndNamesTheKey() {
    assertThatThrownBy(() -> BuiltInQuestions.from(bundle("careers.1", "What now, then?")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("careers.1");
    assertThatThrownBy(() -> BuiltInQuestions.from(bundle("skills", "What now, then?")))
        .hasMessageContaining("'skills'");
    assertThatThrownBy(() -> BuiltInQuestions.from(bundle("skills.1", "Why?")))
        .hasMessageContaining("skills.1")
        .hasMessageContaining("5 to 500");
  }

  @Test
  void textsAreReadAsUtf8WithoutMojibake() {
    assertThat(builtIns.all())
        .extracting(Question::text)
        .allSatisfy(text -> assertThat(text).doesNotContain("\uFFFD", "\u00C3", "\u00E2\u0080"));
  }

  @Test
  void anUnknownIdIsNotFound() {
    assertThat(builtIns.find(QuestionId.builtIn("skills.999"))).isEmpty();
    assertThat(builtIns.find(QuestionId.newCustom())).isEmpty();
  }

  private static ListResourceBundle bundle(String... keysAndTexts) {
    Object[][] contents = new Object[keysAndTexts.length / 2][];
    for (int i = 0; i < contents.length; i++) {
      contents[i] = new Object[] {keysAndTexts[2 * i], keysAndTexts[2 * i + 1]};
    }
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return contents;
      }
    };
  }
}
