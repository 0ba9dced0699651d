package dev.trellis.slack.render;

/** Where a string may be cut without tearing a character in two. */
final class Cut {

  static final String ELLIPSIS = "…";

  private Cut() {}

  /** {@code index}, moved back by one when it would split a surrogate pair. */
  static int safe(String s, int index) {
    if (index > 0
        && index < s.length()
        && Character.isHighSurrogate(s.charAt(index - 1))
        && Character.isLowSurrogate(s.charAt(index))) {
      return index - 1;
    }
    return index;
  }
}
