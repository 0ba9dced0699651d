package dev.trellis.core.opportunity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How goals and opportunities are read for matching: lower-cased words (letters and digits, and the
 * {@code +}, {@code #} and {@code .} inside names such as {@code c++}, {@code c#}, {@code
 * node.js}), mostly without stop words: the small words of English and the words every goal uses
 * ("learn", "become", "better", …), which would match everything and explain nothing.
 */
final class MatchWords {

  static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "about",
          "after",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "been",
          "before",
          "being",
          "but",
          "by",
          "can",
          "could",
          "do",
          "does",
          "doing",
          "for",
          "from",
          "get",
          "getting",
          "go",
          "going",
          "good",
          "great",
          "had",
          "has",
          "have",
          "he",
          "her",
          "him",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "just",
          "like",
          "make",
          "me",
          "more",
          "most",
          "my",
          "myself",
          "new",
          "next",
          "no",
          "not",
          "of",
          "on",
          "one",
          "or",
          "other",
          "our",
          "out",
          "over",
          "own",
          "per",
          "she",
          "so",
          "some",
          "than",
          "that",
          "the",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "to",
          "up",
          "us",
          "very",
          "was",
          "we",
          "well",
          "were",
          "what",
          "when",
          "where",
          "which",
          "who",
          "why",
          "will",
          "with",
          "within",
          "would",
          "year",
          "you",
          "your",
          // Words of goals and postings in general: they say nothing about a skill.
          "become",
          "better",
          "career",
          "develop",
          "goal",
          "grow",
          "growth",
          "help",
          "improve",
          "join",
          "learn",
          "learning",
          "lead",
          "look",
          "looking",
          "move",
          "opportunity",
          "people",
          "project",
          "projects",
          "role",
          "skill",
          "skills",
          "start",
          "take",
          "team",
          "teams",
          "try",
          "want",
          "work",
          "working",
          // The kinds and directions themselves: the direction table weighs those, not words.
          "gig",
          "gigs",
          "lateral",
          "mentee",
          "mentor",
          "mentoring",
          "shadow",
          "shadowing",
          "stretch");

  private MatchWords() {}

  /** The text's words in order, stop words left out. */
  static List<String> of(String text) {
    return withoutStopWords(all(text));
  }

  /** The words of {@link #all} less the stop words. */
  static List<String> withoutStopWords(List<String> words) {
    List<String> kept = new ArrayList<>(words.size());
    for (String word : words) {
      if (!STOP_WORDS.contains(word)) {
        kept.add(word);
      }
    }
    return kept;
  }

  /**
   * The text's words in order, stop words too: a skill of several words is found as a phrase of all
   * its words ({@code machine learning}, {@code head of design}). A scan of the lower-cased text,
   * not a regular expression: every goal of an org is read this way for each digest.
   */
  static List<String> all(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int at = 0;
    int length = lower.length();
    while (at < length) {
      while (at < length && !isWordChar(lower.codePointAt(at))) {
        at += Character.charCount(lower.codePointAt(at));
      }
      int start = at;
      while (at < length && isWordChar(lower.codePointAt(at))) {
        at += Character.charCount(lower.codePointAt(at));
      }
      addTrimmed(lower, start, at, words);
    }
    return words;
  }

  /** A letter, a digit or other number, or one of {@code + # .}. */
  private static boolean isWordChar(int c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || (c >= 'A' && c <= 'Z')
          || c == '+'
          || c == '#'
          || c == '.';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A sentence's full stop is not part of its last word; the dot in {@code node.js} is. */
  private static void addTrimmed(String text, int from, int to, List<String> words) {
    while (from < to && text.charAt(from) == '.') {
      from++;
    }
    while (to > from && text.charAt(to - 1) == '.') {
      to--;
    }
    if (from < to) {
      words.add(text.substring(from, to));
    }
  }
}
