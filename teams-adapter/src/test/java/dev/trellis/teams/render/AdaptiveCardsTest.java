package dev.trellis.teams.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.teams.CardData;
import dev.trellis.testkit.CardSchema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class AdaptiveCardsTest {

  static final Input.Text ANSWER =
      new Input.Text(
          "answer",
          "What did you learn?",
          true,
          Optional.of("Something"),
          Optional.of("Write as much or as little as you like"),
          2000,
          false);
  static final Input.Text NEXT =
      new Input.Text(
          "next_step", "Your next step", false, Optional.empty(), Optional.empty(), 200, true);
  static final Input.Select SHARE =
      new Input.Select(
          "share",
          "Who sees it",
          List.of(
              new Input.Choice("private", "Only me"),
              new Input.Choice("manager", "Me and my manager")),
          Optional.of("private"),
          false);
  static final Input.Date DAY =
      new Input.Date("day", "Day", Optional.of(LocalDate.of(2025, 3, 7)), true);
  static final Input.Time TIME =
      new Input.Time("time", "Time", Optional.of(LocalTime.of(9, 5, 30)), false);

  static OutboundMessage rich() {
    return OutboundMessage.builder("Your 1:1 with Sam is in two hours.")
        .header("Agenda for your 1:1")
        .field("When", "Thursday 14:00")
        .field("Open goals", "2")
        .button(Button.primary("agenda.open", "Open agenda", "oo-1"))
        .button(Button.of("agenda.snooze", "Later", "oo-1"))
        .button(new Button(new ActionId("agenda.stop"), "Stop these", "oo-1", Button.Style.DANGER))
        .context("Only you can see this.")
        .fallback("Agenda for your 1:1 with Sam")
        .build();
  }

  static void assertValid(AdaptiveCard card) {
    assertThat(CardSchema.problems(card.json())).as(card.json()).isEmpty();
    assertThat(card.sizeInBytes()).isLessThanOrEqualTo(CardLimits.MAX_CARD_BYTES);
    assertThat(card.content().get("version").asText()).isEqualTo("1.5");
  }

  static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).collect(Collectors.toList());
  }

  @Test
  void richMessage() {
    AdaptiveCard card = AdaptiveCards.message(rich());
    assertValid(card);
    ObjectNode c = card.content();
    assertThat(card.summary()).isEqualTo("Agenda for your 1:1 with Sam");
    assertThat(c.get("fallbackText").asText()).isEqualTo(card.summary());
    List<JsonNode> body = list(c.get("body"));
    assertThat(body)
        .extracting(n -> n.get("type").asText())
        .containsExactly("TextBlock", "TextBlock", "FactSet", "TextBlock");
    assertThat(body.get(0).get("text").asText()).isEqualTo("Agenda for your 1:1");
    assertThat(body.get(0).get("weight").asText()).isEqualTo("bolder");
    assertThat(body.get(0).get("size").asText()).isEqualTo("medium");
    assertThat(body.get(1).get("wrap").asBoolean()).isTrue();
    assertThat(list(body.get(2).get("facts")))
        .extracting(f -> f.get("title").asText() + "=" + f.get("value").asText())
        .containsExactly("When=Thursday 14:00", "Open goals=2");
    assertThat(body.get(3).get("isSubtle").asBoolean()).isTrue();
    assertThat(body.get(3).get("size").asText()).isEqualTo("small");

    List<JsonNode> actions = list(c.get("actions"));
    assertThat(actions).extracting(a -> a.get("type").asText()).containsOnly("Action.Submit");
    assertThat(actions)
        .extracting(a -> a.path("style").asText(""))
        .containsExactly("positive", "", "destructive");
    assertThat(actions.get(0).get("title").asText()).isEqualTo("Open agenda");
    assertThat(actions.get(0).get("data").get(CardData.ACTION).asText()).isEqualTo("agenda.open");
    assertThat(actions.get(0).get("data").get(CardData.VALUE).asText()).isEqualTo("oo-1");
    assertThat(actions).noneMatch(a -> a.has("mode"));

    assertThat(card.toAttachment().getContentType())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(card.toAttachment().getContent()).isEqualTo(c);
  }

  @Test
  void plainMessageHasOnlyItsText() {
    AdaptiveCard card = AdaptiveCards.message(OutboundMessage.builder("Saved.").build());
    assertValid(card);
    assertThat(list(card.content().get("body"))).hasSize(1);
    assertThat(card.content().has("actions")).isFalse();
    assertThat(card.summary()).isEqualTo("Saved.");
  }

  @Test
  void userTextCannotMakeLinksFormattingOrMentions() {
    String typed =
        "[click](https://evil.example) **bold** _it_ <at>x</at> <https://evil.example>\n"
            + "- item\n1. first\n# head\n> quote\n[ref]: https://evil.example\nsnake_case &amp; ok";
    AdaptiveCard card =
        AdaptiveCards.message(
            OutboundMessage.builder(typed)
                .header("**Header**")
                .field("[a](b)", "*v*")
                .context("<at>y</at>")
                .build());
    assertValid(card);
    String text = card.content().get("body").get(1).get("text").asText();
    assertThat(text)
        .doesNotContain("](", "**", "<at>", "<https", "[ref]:", "&amp;")
        .doesNotContainPattern("(?m)^\\s*([-+*#>]|\\d+[.)])")
        .doesNotContainPattern("(^|\\W)_\\S");
    assertThat(text).contains("snake_case");
    assertThat(visible(text)).isEqualTo(typed);
    assertThat(card.content().get("body").get(0).get("text").asText()).doesNotContain("**");
    JsonNode fact = card.content().get("body").get(2).get("facts").get(0);
    assertThat(fact.get("title").asText()).doesNotContain("](");
    assertThat(fact.get("value").asText()).doesNotContain("*");
    assertThat(card.content().get("body").get(3).get("text").asText()).doesNotContain("<at>");
  }

  /** What a person reads: the zero-width spaces gone, the look-alikes read as what they replace. */
  static String visible(String text) {
    return text.replace(String.valueOf(CardText.ZWSP), "")
        .replace(CardText.ASTERISK, '*')
        .replace(CardText.LOW_LINE, '_');
  }

  @Test
  void longMessageIsCutAtAWordWithANote() {
    String word = "development ";
    String text = word.repeat(5_000);
    AdaptiveCard card =
        AdaptiveCards.message(
            OutboundMessage.builder(text).header("Long").context("ctx").fallback(text).build());
    assertValid(card);
    List<JsonNode> body = list(card.content().get("body"));
    String shown = body.get(1).get("text").asText();
    assertThat(shown).endsWith("development" + CardText.ELLIPSIS);
    assertThat(shown.length()).isGreaterThan(CardLimits.MAX_CARD_BYTES * 3 / 4);
    assertThat(body.get(body.size() - 1).get("text").asText()).isEqualTo(AdaptiveCards.SHORTENED);
    assertThat(body.get(body.size() - 2).get("text").asText()).isEqualTo("ctx");
    assertThat(card.summary())
        .hasSizeLessThanOrEqualTo(CardLimits.MAX_SUMMARY_CHARS)
        .endsWith(CardText.ELLIPSIS);
  }

  @Test
  void longMultibyteTextAndManyLongFieldsAreCutToo() {
    String emoji = "🌱 grow ".repeat(3_000);
    OutboundMessage.Builder builder = OutboundMessage.builder(emoji).header("*".repeat(2_000));
    for (int i = 0; i < 10; i++) {
      builder.field("Goal " + i, "ünïcödé <next> step ".repeat(200));
    }
    AdaptiveCard card = AdaptiveCards.message(builder.build());
    assertValid(card);
    assertThat(card.json()).doesNotContain("\\ud83c\"");
  }

  @Test
  void messageTooLargeEvenCutIsRefused() {
    OutboundMessage.Builder builder = OutboundMessage.builder("x");
    for (int i = 0; i < 20; i++) {
      builder.button(Button.of("b" + i, "B" + i, "v".repeat(2_000)));
    }
    OutboundMessage message = builder.build();
    assertThatThrownBy(() -> AdaptiveCards.message(message))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void manyButtonsOverflowAfterSix() {
    OutboundMessage.Builder builder = OutboundMessage.builder("Pick one");
    IntStream.range(0, 9)
        .forEach(i -> builder.button(Button.of("pick." + i, "Option " + i, "" + i)));
    AdaptiveCard card = AdaptiveCards.message(builder.build());
    assertValid(card);
    List<JsonNode> actions = list(card.content().get("actions"));
    assertThat(actions).hasSize(9);
    assertThat(actions.subList(0, 6)).noneMatch(a -> a.has("mode"));
    assertThat(actions.subList(6, 9)).allMatch(a -> a.get("mode").asText().equals("secondary"));
  }

  @Test
  void messageWithEveryInputTypeShowsThemNotRequired() {
    OutboundMessage.Builder builder =
        OutboundMessage.builder("Answer here")
            .button(Button.primary("reflection.answer", "Send", "p1"));
    List.of(ANSWER, NEXT, SHARE, DAY, TIME).forEach(builder::input);
    AdaptiveCard card = AdaptiveCards.message(builder.build());
    assertValid(card);
    List<JsonNode> inputs =
        list(card.content().get("body")).stream()
            .filter(n -> n.get("type").asText().startsWith("Input."))
            .collect(Collectors.toList());
    assertThat(inputs)
        .extracting(n -> n.get("type").asText())
        .containsExactly("Input.Text", "Input.Text", "Input.ChoiceSet", "Input.Date", "Input.Time");
    assertThat(inputs).allMatch(n -> !n.get("isRequired").asBoolean() && !n.has("errorMessage"));
  }

  @Test
  void formHasEveryInputAndOneSubmit() {
    Form form =
        new Form(
            new ActionId("reflection.submit"),
            "Reflection",
            List.of(ANSWER, NEXT, SHARE, DAY, TIME),
            "Save",
            "p-42");
    AdaptiveCard card = AdaptiveCards.form(form);
    assertValid(card);
    assertThat(card.summary()).isEqualTo("Reflection");
    List<JsonNode> body = list(card.content().get("body"));
    assertThat(body.get(0).get("text").asText()).isEqualTo("Reflection");

    JsonNode answer = body.get(1);
    assertThat(answer.get("type").asText()).isEqualTo("Input.Text");
    assertThat(answer.get("id").asText()).isEqualTo("answer");
    assertThat(answer.get("label").asText()).isEqualTo("What did you learn?");
    assertThat(answer.get("isMultiline").asBoolean()).isTrue();
    assertThat(answer.get("maxLength").asInt()).isEqualTo(2000);
    assertThat(answer.get("value").asText()).isEqualTo("Something");
    assertThat(answer.get("placeholder").asText())
        .isEqualTo("Write as much or as little as you like");
    assertThat(answer.get("isRequired").asBoolean()).isTrue();
    assertThat(answer.get("errorMessage").asText()).isNotBlank();

    JsonNode next = body.get(2);
    assertThat(next.get("isMultiline").asBoolean()).isFalse();
    assertThat(next.get("isRequired").asBoolean()).isFalse();
    assertThat(next.has("value")).isFalse();

    JsonNode share = body.get(3);
    assertThat(share.get("type").asText()).isEqualTo("Input.ChoiceSet");
    assertThat(share.get("style").asText()).isEqualTo("compact");
    assertThat(share.get("value").asText()).isEqualTo("private");
    assertThat(list(share.get("choices")))
        .extracting(ch -> ch.get("title").asText() + "=" + ch.get("value").asText())
        .containsExactly("Only me=private", "Me and my manager=manager");

    assertThat(body.get(4).get("type").asText()).isEqualTo("Input.Date");
    assertThat(body.get(4).get("value").asText()).isEqualTo("2025-03-07");
    assertThat(body.get(4).get("isRequired").asBoolean()).isFalse();
    assertThat(body.get(5).get("type").asText()).isEqualTo("Input.Time");
    assertThat(body.get(5).get("value").asText()).isEqualTo("09:05");
    assertThat(body.get(5).get("isRequired").asBoolean()).isTrue();

    List<JsonNode> actions = list(card.content().get("actions"));
    assertThat(actions).hasSize(1);
    assertThat(actions.get(0).get("title").asText()).isEqualTo("Save");
    assertThat(actions.get(0).get("data").get(CardData.SUBMIT).asText())
        .isEqualTo("reflection.submit");
    assertThat(actions.get(0).get("data").get(CardData.REFERENCE).asText()).isEqualTo("p-42");
  }

  @Test
  void formInitialTextLongerThanMaxLengthIsCut() {
    Input.Text text =
        new Input.Text(
            "answer", "A", true, Optional.of("word ".repeat(100)), Optional.empty(), 50, false);
    AdaptiveCard card =
        AdaptiveCards.form(new Form(new ActionId("x.submit"), "T", List.of(text), "Save", ""));
    assertValid(card);
    assertThat(card.content().get("body").get(1).get("value").asText())
        .hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void answeredCardHasNoActions() {
    AdaptiveCard card = AdaptiveCards.answered("You answered: **We did it**");
    assertValid(card);
    assertThat(card.content().has("actions")).isFalse();
    List<JsonNode> body = list(card.content().get("body"));
    assertThat(body).hasSize(1);
    assertThat(visible(body.get(0).get("text").asText())).isEqualTo("You answered: **We did it**");
    assertThat(card.summary()).isEqualTo("You answered: **We did it**");
  }

  @Test
  void everyRenderedCardValidates() {
    List<AdaptiveCard> cards = new ArrayList<>();
    cards.add(AdaptiveCards.message(rich()));
    cards.add(AdaptiveCards.answered("x ".repeat(10_000)));
    cards.add(
        AdaptiveCards.form(
            new Form(new ActionId("feedback.answer"), "Feedback", List.of(SHARE), "Send", "r")));
    cards.forEach(AdaptiveCardsTest::assertValid);
  }
}
