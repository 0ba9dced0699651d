package dev.trellis.teams.render;

/**
 * Text for an Adaptive Card {@code TextBlock} or {@code Fact}, where Teams reads a subset of
 * Markdown (bold, italic, lists, links) and its own {@code <at>} mentions.
 *
 * <p>Backslash escapes are not used: Teams clients disagree about them (Android and iOS have shown
 * the backslashes). Instead the text is neutralised so that no renderer finds the syntax in it, and
 * it reads the same to a person:
 *
 * <ul>
 *   <li>a zero-width space (U+200B) goes after every {@code ]} (no inline link {@code [a](b)}, no
 *       reference {@code [a][b]}, no definition {@code [a]: b}), after every {@code <} (no HTML, no
 *       autolink {@code <https://…>}, no {@code <at>} mention) and after an {@code &} that could
 *       start an entity;
 *   <li>a line that would start a list, quote or heading ({@code -}, {@code +}, {@code *}, {@code
 *       #}, {@code >}, {@code 1.}, {@code 1)}) starts with a zero-width space, so it is a plain
 *       paragraph line;
 *   <li>{@code *} becomes U+2217 (∗), and an {@code _} that is not inside a word becomes U+FF3F
 *       (＿): look-alikes that no Markdown reads as emphasis. An {@code _} inside a word
 *       (snake_case) is kept, as Markdown never reads it as emphasis.
 * </ul>
 *
 * Plain URLs stay as they are: a client may make them clickable, but then what is shown is where it
 * goes. Backticks and tildes are kept: code spans and strikethrough are not in the Adaptive Cards
 * subset.
 */
final class CardText {

  static final char ZWSP = '\u200B';
  static final char ASTERISK = '\u2217';
  static final char LOW_LINE = '\uFF3F';
  static final String ELLIPSIS = "\u2026";

  private CardText() {}

  /** The text, neutralised so that it shows literally. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && startsBlock(text, i)) {
        out.append(ZWSP);
      }
      lineStart = c == '\n' || c == '\r';
      switch (c) {
        case '*':
          out.append(ASTERISK);
          break;
        case '_':
          out.append(insideWord(text, i) ? '_' : LOW_LINE);
          break;
        case ']':
        case '<':
          out.append(c).append(ZWSP);
          break;
        case '&':
          out.append(c);
          if (i + 1 < text.length() && isEntityStart(text.charAt(i + 1))) {
            out.append(ZWSP);
          }
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text cut to at most {@code max} characters: at a word boundary when one is near, without
   * splitting a surrogate pair, ending in an ellipsis. Text that fits is returned as it is.
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= ELLIPSIS.length()) {
      return ELLIPSIS.substring(0, Math.max(0, max));
    }
    int end = max - ELLIPSIS.length();
    if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
      end--;
    }
    int space = end;
    while (space > 0 && !Character.isWhitespace(text.charAt(space))) {
      space--;
    }
    if (space > end * 4 / 5) {
      end = space;
    }
    String kept = text.substring(0, end).stripTrailing();
    while (!kept.isEmpty() && ",;:-".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
      kept = kept.substring(0, kept.length() - 1).stripTrailing();
    }
    return kept + ELLIPSIS;
  }

  private static boolean startsBlock(String text, int i) {
    int j = i;
    while (j < text.length() && j - i < 4 && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char c = text.charAt(j);
    if ("-+*#>".indexOf(c) >= 0) {
      return true;
    }
    int k = j;
    while (k < text.length() && k - j < 10 && Character.isDigit(text.charAt(k))) {
      k++;
    }
    return k > j && k < text.length() && (text.charAt(k) == '.' || text.charAt(k) == ')');
  }

  private static boolean insideWord(String text, int i) {
    return i > 0
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean isEntityStart(char c) {
    return c == '#' || Character.isLetter(c);
  }
}
