package dev.trellis.slack.render;

import com.slack.api.model.block.composition.PlainTextObject;

/**
 * Slack {@code plain_text}: shown as written, so it needs no escaping, only cutting. Emoji
 * shortcodes stay text ({@code emoji: false}): the engine never writes them, and a name like "Ann
 * :wave:" then reads the same as on Teams.
 */
final class PlainText {

  private PlainText() {}

  /** {@code text} if it has at most {@code max} chars, otherwise cut to fit with an ellipsis. */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, Cut.safe(text, max - 1)).stripTrailing() + Cut.ELLIPSIS;
  }

  static PlainTextObject of(String text, int max) {
    return PlainTextObject.builder().text(fit(text, max)).emoji(false).build();
  }
}
