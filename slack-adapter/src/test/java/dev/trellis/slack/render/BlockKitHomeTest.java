package dev.trellis.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import dev.trellis.core.message.Button;
import dev.trellis.core.message.OutboundMessage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockKitHomeTest {

  @Test
  void rendersTheMessageAsAHomeView() {
    OutboundMessage message =
        OutboundMessage.builder("Open goals: 2 & counting <@U9>")
            .header("Your career map")
            .field("Goal", "Learn Kubernetes")
            .button(Button.primary("goal.add", "Add a goal", ""))
            .context("Only you see this.")
            .build();

    View home = BlockKitHome.render(message);

    assertThat(home.getType()).isEqualTo("home");
    assertThat(BlockKitMessagesTest.types(home.getBlocks()))
        .containsExactly("header", "section", "section", "actions", "context");
    JsonObject json = SlackJson.of(home).getAsJsonObject();
    assertThat(json.get("type").getAsString()).isEqualTo("home");
    assertThat(json.has("callback_id")).isFalse();
    assertThat(
            json.getAsJsonArray("blocks")
                .get(1)
                .getAsJsonObject()
                .getAsJsonObject("text")
                .get("text")
                .getAsString())
        .isEqualTo("Open goals: 2 &amp; counting &lt;@U9&gt;");
  }

  @Test
  void allowsOneHundredBlocksAndCutsBeyond() {
    String fits =
        String.join("\n\n", IntStream.range(0, 98).mapToObj(i -> MrkdwnTest.words(2900)).toList());
    String tooLong =
        String.join(
            "\n\n",
            IntStream.rangeClosed(1, 120).mapToObj(i -> i + " " + MrkdwnTest.words(2900)).toList());
    Button button = Button.of("home.refresh", "Refresh", "");

    View whole =
        BlockKitHome.render(OutboundMessage.builder(fits).header("Home").button(button).build());
    View cut =
        BlockKitHome.render(OutboundMessage.builder(tooLong).header("Home").button(button).build());

    assertThat(whole.getBlocks()).hasSize(100).noneMatch(b -> b instanceof ContextBlock);
    assertThat(cut.getBlocks()).hasSize(100);
    assertThat(cut.getBlocks().get(0)).isInstanceOf(HeaderBlock.class);
    assertThat(cut.getBlocks().subList(1, 98)).allMatch(b -> b instanceof SectionBlock);
    assertThat(BlockKitMessagesTest.sectionText(cut.getBlocks().get(97))).startsWith("97 ");
    assertThat(cut.getBlocks().get(98)).isInstanceOf(ActionsBlock.class);
    assertThat(((ContextBlock) cut.getBlocks().get(99)).getElements())
        .extracting(e -> ((MarkdownTextObject) e).getText())
        .containsExactly(MessageBlocks.SHORTENED);
  }
}
