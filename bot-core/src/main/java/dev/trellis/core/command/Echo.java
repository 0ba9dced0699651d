package dev.trellis.core.command;

import java.util.regex.Pattern;

/**
 * Quotes a word the person typed back to them, only when it is short and plain: no markup a
 * platform would render (Slack's {@code <!channel>}, HTML on Teams) and no long text.
 */
final class Echo {

  private static final int MAX = 24;
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_.:@+'-]+");

  private Echo() {}

  /** {@code 'word'} when it is plain, else {@code otherwise}. */
  static String quoted(String word, String otherwise) {
    if (word.length() <= MAX && PLAIN.matcher(word).matches()) {
      return "'" + word + "'";
    }
    return otherwise;
  }
}
