package dev.trellis.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void keepsTextThatFitsAsWritten() {
    assertThat(PlainText.fit("<@U123> & co", 24)).isEqualTo("<@U123> & co");
  }

  @Test
  void cutsLongTextWithAnEllipsisToTheLimit() {
    assertThat(PlainText.fit("Reflection on your last quarter", 24))
        .hasSize(24)
        .isEqualTo("Reflection on your last…");
  }

  @Test
  void dropsTheSpaceBeforeTheEllipsis() {
    assertThat(PlainText.fit("abc def", 5)).isEqualTo("abc…");
  }

  @Test
  void shortcodesStayText() {
    assertThat(PlainText.of("Ann :wave:", 150).getEmoji()).isFalse();
  }
}
