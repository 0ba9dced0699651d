package dev.trellis.slack.send;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.trellis.core.message.Form;
import dev.trellis.core.message.OutboundMessage;
import dev.trellis.slack.render.SlackMessage;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the Block Kit renderer: one section of text, and it remembers what it got. */
public final class RecordingRenderer implements MessageRenderer {

  private final List<OutboundMessage> rendered = new ArrayList<>();

  @Override
  public SlackMessage render(OutboundMessage message) {
    rendered.add(message);
    return new SlackMessage(
        message.fallback(), List.of(section(s -> s.text(markdownText(message.text())))));
  }

  @Override
  public View form(Form form) {
    List<LayoutBlock> blocks = new ArrayList<>();
    form.inputs()
        .forEach(
            i ->
                blocks.add(
                    input(
                        b ->
                            b.blockId(i.id())
                                .label(plainText(i.label()))
                                .element(plainTextInput(e -> e.actionId(i.id()))))));
    return View.builder()
        .type("modal")
        .callbackId(form.submitAction().value())
        .privateMetadata(form.reference())
        .title(ViewTitle.builder().type("plain_text").text(form.title()).build())
        .submit(ViewSubmit.builder().type("plain_text").text(form.submitLabel()).build())
        .blocks(blocks)
        .build();
  }

  public List<OutboundMessage> rendered() {
    return rendered;
  }
}
