package dev.trellis.core.command;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A valid command line built from parts, with the command it must parse to. Words marked {@code
 * anyCase} mean the same in any case (keywords, amounts, emails); the others keep their case.
 */
record Line(String root, List<Line.Word> words, Command expected) {

  Line {
    words = List.copyOf(words);
  }

  record Word(String text, boolean anyCase) {}

  static Word keyword(String text) {
    return new Word(text, true);
  }

  static Word text(String text) {
    return new Word(text, false);
  }

  /** The words as a person would most plainly type them. */
  String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  /**
   * The words typed differently: {@code caseMasks} flip the case of letters in any-case words (bit
   * i for letter i), {@code separators} go before, between and after the words.
   */
  String text(List<Long> caseMasks, List<String> separators) {
    StringBuilder typed = new StringBuilder(separators.get(0));
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      String spelled = word.anyCase() ? flipCase(word.text(), caseMasks.get(i)) : word.text();
      typed.append(spelled).append(separators.get(i + 1));
    }
    return typed.toString();
  }

  private static String flipCase(String word, long mask) {
    StringBuilder flipped = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean flip = (mask >>> (i % 64) & 1L) == 1L;
      flipped.append(
          flip
              ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
              : c);
    }
    return flipped.toString();
  }

  @Override
  public String toString() {
    return root + " | " + text() + " -> " + expected;
  }
}
