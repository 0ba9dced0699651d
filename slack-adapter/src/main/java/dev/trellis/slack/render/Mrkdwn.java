package dev.trellis.slack.render;

import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine text as Slack {@code mrkdwn}. All engine text may hold what a person wrote, so it is
 * escaped by Slack's rules ({@code &}, {@code <}, {@code >} as HTML entities): nobody can write a
 * mention ({@code <@U123>}), a broadcast ({@code <!here>}) or a link ({@code <https://x|y>}). Text
 * objects are {@code verbatim}, so Slack does not turn bare URLs, channel names or "@here" into
 * links or mentions either. Bold, italic, strike and code marks ({@code *}, {@code _}, {@code ~},
 * {@code `}) are left alone: they can only style text, and the engine writes none itself.
 *
 * <p>Limits apply to the escaped text, so every cut is measured on it and never falls inside an
 * entity.
 */
final class Mrkdwn {

  private Mrkdwn() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} escaped, cut with an ellipsis when the escaped text has more than {@code max}. */
  static String fit(String text, int max) {
    String escaped = escape(text);
    if (escaped.length() <= max) {
      return escaped;
    }
    int end = fittingPrefix(text, max - Cut.ELLIPSIS.length());
    return escape(text.substring(0, end).stripTrailing()) + Cut.ELLIPSIS;
  }

  /**
   * {@code text} escaped and split into pieces of at most {@code max} chars: at the last paragraph
   * break that fits, else the last line break, else the last space; inside a word only when the
   * word alone is longer than {@code max}. Whitespace at the cuts is dropped; blank text gives no
   * piece.
   */
  static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty()) {
      int fits = fittingPrefix(rest, max);
      int cut = fits == rest.length() ? fits : breakBefore(rest, fits);
      String piece = rest.substring(0, cut).stripTrailing();
      if (!piece.isEmpty()) {
        pieces.add(escape(piece));
      }
      rest = rest.substring(cut).stripLeading();
    }
    return pieces;
  }

  static MarkdownTextObject of(String escaped) {
    return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
  }

  /** How many chars of {@code text} fit in {@code budget} chars once escaped. */
  private static int fittingPrefix(String text, int budget) {
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      used += escapedLength(text.charAt(i));
      if (used > budget) {
        return Cut.safe(text, i);
      }
    }
    return text.length();
  }

  /** The best place to cut {@code text} at or before {@code limit}; always greater than zero. */
  private static int breakBefore(String text, int limit) {
    int paragraph = text.lastIndexOf("\n\n", limit);
    if (paragraph > 0) {
      return paragraph;
    }
    int line = text.lastIndexOf('\n', limit);
    if (line > 0) {
      return line;
    }
    for (int i = limit; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit > 0 ? limit : Character.charCount(text.codePointAt(0));
  }

  private static int escapedLength(char c) {
    return switch (c) {
      case '&' -> 5;
      case '<', '>' -> 4;
      default -> 1;
    };
  }
}
