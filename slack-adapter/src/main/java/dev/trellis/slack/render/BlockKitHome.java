package dev.trellis.slack.render;

import com.slack.api.model.view.View;
import dev.trellis.core.message.OutboundMessage;

/**
 * Renders an engine message as an App Home tab ({@code views.publish}): the same blocks as a
 * message, up to the 100 blocks a view allows. A Home tab has no fallback text.
 */
public final class BlockKitHome {

  private BlockKitHome() {}

  public static View render(OutboundMessage message) {
    return View.builder()
        .type("home")
        .blocks(MessageBlocks.of(message, SlackLimits.VIEW_BLOCKS))
        .build();
  }
}
