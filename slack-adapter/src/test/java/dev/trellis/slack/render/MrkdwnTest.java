package dev.trellis.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MrkdwnTest {

  @Test
  void escapesTheThreeControlCharactersAndNothingElse() {
    String answer = "Hi <@U123>, <!here> see <https://evil|click> & *bold* _it_ \"q\" 'a'";

    assertThat(Mrkdwn.escape(answer))
        .isEqualTo(
            "Hi &lt;@U123&gt;, &lt;!here&gt; see &lt;https://evil|click&gt; &amp; *bold* _it_"
                + " \"q\" 'a'");
  }

  @Test
  void escapesAnAlreadyEscapedEntitySoItShowsAsWritten() {
    assertThat(Mrkdwn.escape("&lt;@U123&gt;")).isEqualTo("&amp;lt;@U123&amp;gt;");
  }

  @Test
  void textObjectsAreVerbatimSoSlackLinksAndMentionsNothingByItself() {
    assertThat(Mrkdwn.of("@here #general https://x").getVerbatim()).isTrue();
    assertThat(Mrkdwn.of("x").getType()).isEqualTo("mrkdwn");
  }

  @Test
  void shortTextIsOnePiece() {
    assertThat(Mrkdwn.split("  Hello & welcome  ", 3000)).containsExactly("Hello &amp; welcome");
  }

  @Test
  void blankTextIsNoPiece() {
    assertThat(Mrkdwn.split(" \n\n ", 3000)).isEmpty();
  }

  @Test
  void splitsAtTheLastParagraphBreakThatFits() {
    String first = words(2000);
    String second = words(1500);
    String third = words(500);

    List<String> pieces = Mrkdwn.split(first + "\n\n" + second + "\n\n" + third, 3000);

    assertThat(pieces).containsExactly(first, second + "\n\n" + third);
  }

  @Test
  void splitsAtALineBreakWhenNoParagraphBreakFits() {
    String first = words(2500);
    String second = words(2500);
    String third = words(100);

    List<String> pieces = Mrkdwn.split(first + "\n" + second + "\n" + third, 3000);

    assertThat(pieces).containsExactly(first, second + "\n" + third);
  }

  @Test
  void splitsBetweenWordsWhenNoLineBreakFits() {
    String text = words(7000);

    List<String> pieces = Mrkdwn.split(text, 3000);

    assertThat(pieces).hasSize(3).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(3000));
    assertThat(String.join(" ", pieces)).isEqualTo(text);
    assertThat(pieces.get(0)).hasSize(3000 - 3000 % 5 - 1).endsWith("word");
  }

  @Test
  void cutsInsideAWordOnlyWhenTheWordIsLongerThanALimit() {
    String word = "x".repeat(7000);

    assertThat(Mrkdwn.split("short " + word, 3000))
        .containsExactly("short", "x".repeat(3000), "x".repeat(3000), "x".repeat(1000));
  }

  @Test
  void measuresTheEscapedTextAndNeverCutsAnEntity() {
    String text = "&".repeat(1000);

    List<String> pieces = Mrkdwn.split(text, 3000);

    assertThat(pieces).containsExactly("&amp;".repeat(600), "&amp;".repeat(400));
  }

  @Test
  void neverTearsAnEmojiInTwo() {
    String text = "a" + "\uD83D\uDE00".repeat(10);

    List<String> pieces = Mrkdwn.split(text, 4);

    assertThat(pieces).hasSize(6).startsWith("a\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00");
    assertThat(String.join("", pieces)).isEqualTo(text);
  }

  @Test
  void fitKeepsShortTextWhole() {
    assertThat(Mrkdwn.fit("a < b", 8)).isEqualTo("a &lt; b");
  }

  @Test
  void fitCutsWithAnEllipsisToExactlyTheLimit() {
    String fitted = Mrkdwn.fit("y".repeat(2100), 2000);

    assertThat(fitted).hasSize(2000).endsWith("y…");
  }

  @Test
  void fitDropsAWholeEntityRatherThanTearingIt() {
    assertThat(Mrkdwn.fit("ab<cd", 6)).isEqualTo("ab…");
    assertThat(Mrkdwn.fit("ab<cd", 7)).isEqualTo("ab&lt;…");
  }

  /** Words of five chars ("word ") up to {@code length} chars, without a trailing space. */
  static String words(int length) {
    return "word ".repeat(length / 5 + 1).substring(0, length - 1) + "w";
  }
}
