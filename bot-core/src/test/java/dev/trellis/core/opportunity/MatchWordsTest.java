package dev.trellis.core.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchWordsTest {

  @Test
  void wordsAreLowerCasedLettersAndDigitsWithThePlusHashAndDotOfNames() {
    assertThat(MatchWords.all("Learn C++, C# and Node.js (v2)!\n...then   Kubernetes."))
        .containsExactly("learn", "c++", "c#", "and", "node.js", "v2", "then", "kubernetes");
  }

  @Test
  void lettersAndNumbersOfEveryScriptAreWords() {
    assertThat(MatchWords.all("Straße–Ökonomie ½ 中文 Ⅷ\u00a0café"))
        .containsExactly("straße", "ökonomie", "½", "中文", "ⅷ", "café");
  }

  @Test
  void stopWordsAreLeftOutOnlyWhereAsked() {
    assertThat(MatchWords.all("Become a better designer")).contains("become", "a", "better");
    assertThat(MatchWords.of("Become a better designer")).containsExactly("designer");
  }

  @Test
  void nothingButSeparatorsAndDotsHasNoWords() {
    assertThat(MatchWords.all("")).isEmpty();
    assertThat(MatchWords.all(" ... - , .")).isEmpty();
  }
}
