package dev.trellis.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.trellis.core.message.ActionId;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.Input;
import dev.trellis.core.message.OutboundMessage;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitMessagesTest {

  static final String HOSTILE = "I think <@U123> and <!here> should <https://evil|click> & see";
  static final String ESCAPED =
      "I think &lt;@U123&gt; and &lt;!here&gt; should &lt;https://evil|click&gt; &amp; see";

  @Test
  void rendersHeaderTextFieldsButtonsAndContextInThatOrder() {
    OutboundMessage message =
        OutboundMessage.builder("Your 1:1 with Bob is on Thursday.")
            .header("Agenda: your 1:1 with Bob")
            .field("When", "Thursday 14:00")
            .field("Length", "30 minutes")
            .button(Button.primary("reflection.answer", "Answer", "prompt-42"))
            .button(Button.of("reflection.skip", "Skip", "prompt-42"))
            .button(
                new Button(
                    new ActionId("reflection.pause"), "Pause", "prompt-42", Button.Style.DANGER))
            .context("Only you can see it.")
            .fallback("Agenda for your 1:1 with Bob")
            .build();

    SlackMessage slack = BlockKitMessages.render(message);

    assertThat(slack.text()).isEqualTo("Agenda for your 1:1 with Bob");
    assertThat(types(slack.blocks()))
        .containsExactly("header", "section", "section", "actions", "context");
    JsonArray json = SlackJson.of(slack.blocks()).getAsJsonArray();
    JsonObject header = json.get(0).getAsJsonObject().getAsJsonObject("text");
    assertThat(header.get("type").getAsString()).isEqualTo("plain_text");
    assertThat(header.get("text").getAsString()).isEqualTo("Agenda: your 1:1 with Bob");
    assertThat(header.get("emoji").getAsBoolean()).isFalse();
    JsonObject text = json.get(1).getAsJsonObject().getAsJsonObject("text");
    assertThat(text.get("type").getAsString()).isEqualTo("mrkdwn");
    assertThat(text.get("text").getAsString()).isEqualTo("Your 1:1 with Bob is on Thursday.");
    assertThat(text.get("verbatim").getAsBoolean()).isTrue();
    JsonArray fields = json.get(2).getAsJsonObject().getAsJsonArray("fields");
    assertThat(fields.get(0).getAsJsonObject().get("text").getAsString())
        .isEqualTo("*When*\nThursday 14:00");
    JsonArray buttons = json.get(3).getAsJsonObject().getAsJsonArray("elements");
    JsonObject answer = buttons.get(0).getAsJsonObject();
    assertThat(answer.get("type").getAsString()).isEqualTo("button");
    assertThat(answer.get("action_id").getAsString()).isEqualTo("reflection.answer");
    assertThat(answer.get("value").getAsString()).isEqualTo("prompt-42");
    assertThat(answer.get("style").getAsString()).isEqualTo("primary");
    assertThat(answer.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Answer");
    assertThat(buttons.get(1).getAsJsonObject().has("style")).isFalse();
    assertThat(buttons.get(2).getAsJsonObject().get("style").getAsString()).isEqualTo("danger");
    JsonObject context =
        json.get(4).getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();
    assertThat(context.get("text").getAsString()).isEqualTo("Only you can see it.");
  }

  @Test
  void escapesWhatAPersonWroteEverywhereItIsShownAsMrkdwn() {
    OutboundMessage message =
        OutboundMessage.builder(HOSTILE)
            .header(HOSTILE)
            .field(HOSTILE, HOSTILE)
            .button(Button.of("feedback.answer", HOSTILE, "x"))
            .context(HOSTILE)
            .fallback(HOSTILE)
            .build();

    SlackMessage slack = BlockKitMessages.render(message);

    assertThat(slack.text()).isEqualTo(ESCAPED);
    assertThat(sectionText(slack.blocks().get(1))).isEqualTo(ESCAPED);
    assertThat(
            ((MarkdownTextObject) ((SectionBlock) slack.blocks().get(2)).getFields().get(0))
                .getText())
        .isEqualTo("*" + ESCAPED + "*\n" + ESCAPED);
    assertThat(
            ((MarkdownTextObject) ((ContextBlock) slack.blocks().get(4)).getElements().get(0))
                .getText())
        .isEqualTo(ESCAPED);
    String json = SlackJson.text(slack);
    assertThat(json).doesNotContain("<@U123>", "<!here>", "<https://evil|click>");
    // plain_text is shown as written by Slack, so it keeps the characters
    assertThat(((HeaderBlock) slack.blocks().get(0)).getText().getText())
        .isEqualTo(PlainText.fit(HOSTILE, 150));
  }

  @Test
  void cutsALongHeaderWithAnEllipsis() {
    String header = "h".repeat(200);

    SlackMessage slack =
        BlockKitMessages.render(OutboundMessage.builder("text").header(header).build());

    assertThat(((HeaderBlock) slack.blocks().get(0)).getText().getText())
        .hasSize(150)
        .isEqualTo("h".repeat(149) + "…");
  }

  @Test
  void splitsLongTextOverSeveralSectionsAtParagraphs() {
    String first = MrkdwnTest.words(2990);
    String second = MrkdwnTest.words(2990);
    String third = MrkdwnTest.words(1000);

    SlackMessage slack =
        BlockKitMessages.render(
            OutboundMessage.builder(first + "\n\n" + second + "\n\n" + third).build());

    assertThat(slack.blocks())
        .extracting(BlockKitMessagesTest::sectionText)
        .containsExactly(first, second, third);
  }

  @Test
  void putsTenFieldsInEachSection() {
    OutboundMessage.Builder builder = OutboundMessage.builder("");
    IntStream.rangeClosed(1, 60).forEach(i -> builder.field("Label " + i, "Value " + i));

    SlackMessage slack = BlockKitMessages.render(builder.fallback("Fields").build());

    assertThat(slack.blocks()).hasSize(6).allMatch(b -> b instanceof SectionBlock);
    for (int s = 0; s < 6; s++) {
      SectionBlock section = (SectionBlock) slack.blocks().get(s);
      assertThat(section.getText()).isNull();
      assertThat(section.getFields()).hasSize(10);
      assertThat(((MarkdownTextObject) section.getFields().get(0)).getText())
          .isEqualTo("*Label " + (s * 10 + 1) + "*\nValue " + (s * 10 + 1));
    }
  }

  @Test
  void cutsALongFieldToTwoThousandChars() {
    SlackMessage slack =
        BlockKitMessages.render(
            OutboundMessage.builder("").field("Note", "n".repeat(5000)).fallback("f").build());

    String field =
        ((MarkdownTextObject) ((SectionBlock) slack.blocks().get(0)).getFields().get(0)).getText();
    assertThat(field).hasSize(2000).startsWith("*Note*\nnnn").endsWith("n…");
  }

  @Test
  void putsTwentyFiveButtonsInEachActionsBlockAndCutsLongLabels() {
    OutboundMessage.Builder builder = OutboundMessage.builder("Pick one");
    IntStream.rangeClosed(1, 30)
        .forEach(i -> builder.button(Button.of("pick." + i, "Option " + i, "v" + i)));
    builder.button(Button.of("pick.long", "L".repeat(100), "long"));

    SlackMessage slack = BlockKitMessages.render(builder.build());

    assertThat(types(slack.blocks())).containsExactly("section", "actions", "actions");
    List<?> first = ((ActionsBlock) slack.blocks().get(1)).getElements();
    List<?> second = ((ActionsBlock) slack.blocks().get(2)).getElements();
    assertThat(first).hasSize(25);
    assertThat(second).hasSize(6);
    assertThat(((ButtonElement) first.get(0)).getActionId()).isEqualTo("pick.1");
    assertThat(((ButtonElement) second.get(0)).getActionId()).isEqualTo("pick.26");
    ButtonElement longOne = (ButtonElement) second.get(5);
    assertThat(longOne.getText().getText()).hasSize(75).isEqualTo("L".repeat(74) + "…");
    assertThat(longOne.getValue()).isEqualTo("long");
  }

  @Test
  void cutsAMessageOfSixtyBlocksToFiftyKeepingHeaderButtonsAndContext() {
    String text =
        String.join(
            "\n\n",
            IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Paragraph " + i + " " + MrkdwnTest.words(2900))
                .toList());
    OutboundMessage message =
        OutboundMessage.builder(text)
            .header("Long agenda")
            .button(Button.of("agenda.open", "Open", "1"))
            .context("Only shared items appear.")
            .fallback("Long agenda")
            .build();

    SlackMessage slack = BlockKitMessages.render(message);

    assertThat(slack.blocks()).hasSize(50);
    assertThat(slack.blocks().get(0)).isInstanceOf(HeaderBlock.class);
    assertThat(slack.blocks().subList(1, 48)).allMatch(b -> b instanceof SectionBlock);
    assertThat(sectionText(slack.blocks().get(47))).startsWith("Paragraph 47 ");
    assertThat(slack.blocks().get(48)).isInstanceOf(ActionsBlock.class);
    ContextBlock context = (ContextBlock) slack.blocks().get(49);
    assertThat(context.getElements())
        .extracting(e -> ((MarkdownTextObject) e).getText())
        .containsExactly("Only shared items appear.", MessageBlocks.SHORTENED);
  }

  @Test
  void saysItWasShortenedEvenWithoutAContextLine() {
    String text =
        String.join("\n\n", IntStream.range(0, 55).mapToObj(i -> MrkdwnTest.words(2900)).toList());

    SlackMessage slack = BlockKitMessages.render(OutboundMessage.builder(text).build());

    assertThat(slack.blocks()).hasSize(50);
    assertThat(slack.blocks().get(49)).isInstanceOf(ContextBlock.class);
    assertThat(slack.blocks().subList(0, 49)).allMatch(b -> b instanceof SectionBlock);
  }

  @Test
  void cutsTheFallbackTextToFortyThousandChars() {
    SlackMessage slack =
        BlockKitMessages.render(OutboundMessage.builder("t").fallback("f".repeat(50_000)).build());

    assertThat(slack.text()).hasSize(40_000).endsWith("f…");
  }

  @Test
  void namesTheInputsInsteadOfRenderingInputBlocks() {
    OutboundMessage message =
        OutboundMessage.builder("What did you learn this week?")
            .input(
                new Input.Text(
                    "answer", "Your answer", true, Optional.empty(), Optional.empty(), 4000, false))
            .input(new Input.Date("when", "When <b>", Optional.empty(), true))
            .button(Button.primary("reflection.answer", "Answer", "p1"))
            .build();

    SlackMessage slack = BlockKitMessages.render(message);

    assertThat(types(slack.blocks())).containsExactly("section", "section", "actions");
    assertThat(sectionText(slack.blocks().get(1)))
        .isEqualTo("You answer this in a form: Your answer, When &lt;b&gt;.");
  }

  @Test
  void leavesAnEmptyButtonValueOut() {
    SlackMessage slack =
        BlockKitMessages.render(
            OutboundMessage.builder("t").button(Button.of("home.open", "Open", "")).build());

    JsonObject button =
        SlackJson.of(slack.blocks())
            .getAsJsonArray()
            .get(1)
            .getAsJsonObject()
            .getAsJsonArray("elements")
            .get(0)
            .getAsJsonObject();
    assertThat(button.has("value")).isFalse();
    assertThat(button.get("action_id").getAsString()).isEqualTo("home.open");
  }

  @Test
  void refusesAButtonValueSlackWouldRefuse() {
    OutboundMessage message =
        OutboundMessage.builder("t").button(Button.of("x.y", "Go", "v".repeat(2001))).build();

    assertThatThrownBy(() -> BlockKitMessages.render(message))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.y");
  }

  @Test
  void blankTextAndBlankHeaderGiveNoBlock() {
    OutboundMessage message =
        OutboundMessage.builder(" ").header(" ").field("A", "1").fallback("A: 1").build();

    assertThat(types(BlockKitMessages.render(message).blocks())).containsExactly("section");
  }

  static List<String> types(List<LayoutBlock> blocks) {
    return blocks.stream().map(LayoutBlock::getType).toList();
  }

  static String sectionText(LayoutBlock block) {
    return ((SectionBlock) block).getText().getText();
  }
}
