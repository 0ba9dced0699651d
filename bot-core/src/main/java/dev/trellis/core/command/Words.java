package dev.trellis.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of a command line, read from left to right. Any run of whitespace, control or
 * zero-width characters separates words, so free text comes back with single spaces.
 */
final class Words {

  private final List<String> words;
  private int next;

  private Words(List<String> words) {
    this.words = words;
  }

  static Words of(String text) {
    List<String> words = new ArrayList<>();
    if (text != null) {
      StringBuilder word = new StringBuilder();
      text.codePoints()
          .forEach(
              c -> {
                if (isSeparator(c)) {
                  flush(word, words);
                } else {
                  word.appendCodePoint(c);
                }
              });
      flush(word, words);
    }
    return new Words(words);
  }

  boolean isEmpty() {
    return next >= words.size();
  }

  int remaining() {
    return words.size() - next;
  }

  /** The next word as typed, without taking it. */
  Optional<String> peek() {
    return isEmpty() ? Optional.empty() : Optional.of(words.get(next));
  }

  /** Takes the next word as typed. */
  Optional<String> next() {
    Optional<String> word = peek();
    word.ifPresent(w -> next++);
    return word;
  }

  /** Takes the next word in lower case, for comparing with keywords. */
  Optional<String> nextKeyword() {
    return next().map(Words::keyword);
  }

  /** Takes every word left. */
  List<String> rest() {
    List<String> rest = List.copyOf(words.subList(next, words.size()));
    next = words.size();
    return rest;
  }

  /** Takes every word left, joined by single spaces; empty when none is left. */
  String restAsText() {
    return String.join(" ", rest());
  }

  static String keyword(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static boolean isSeparator(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || c == 0x200B // zero-width space
        || c == 0x2060 // word joiner
        || c == 0xFEFF; // byte order mark
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
