package dev.trellis.core.command;

import java.util.Optional;

/** Small steps every parser takes. */
final class Parsing {

  private Parsing() {}

  static ParseResult parsed(Command command) {
    return new ParseResult.Parsed(command);
  }

  /** A sub-command that takes nothing after it. */
  static ParseResult alone(Words words, Usages usages, Syntax syntax, Command command) {
    return words.isEmpty() ? parsed(command) : usages.of(syntax);
  }

  /**
   * Free text for a field: the words left, without one pair of quotes around them all; empty when
   * nothing is left.
   */
  static Optional<String> freeText(Words words) {
    return Optional.of(unquote(words.restAsText().strip())).filter(t -> !t.isBlank());
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && isQuotePair(text.charAt(0), text.charAt(text.length() - 1))) {
      return text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  private static boolean isQuotePair(char open, char close) {
    return (open == '"' && close == '"')
        || (open == '\'' && close == '\'')
        || (open == '“' && close == '”')
        || (open == '‘' && close == '’')
        || (open == '«' && close == '»');
  }
}
