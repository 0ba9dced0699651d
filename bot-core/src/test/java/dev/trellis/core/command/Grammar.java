package dev.trellis.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.message.Platform;

/** Runs the grammar and unwraps what a test expects of it. */
final class Grammar {

  private Grammar() {}

  /** The command {@code root text} parses to; fails the test on a usage. */
  static Command parsed(String root, String text) {
    return parsed(Platform.SLACK, root, text);
  }

  static Command parsed(Platform platform, String root, String text) {
    ParseResult result = CommandGrammar.parse(platform, root, text);
    assertThat(result).as("parse of '%s' '%s'", root, text).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).command();
  }

  /** The usage message {@code root text} gives; fails the test on a command. */
  static String usage(String root, String text) {
    return usage(Platform.SLACK, root, text);
  }

  static String usage(Platform platform, String root, String text) {
    ParseResult result = CommandGrammar.parse(platform, root, text);
    assertThat(result).as("parse of '%s' '%s'", root, text).isInstanceOf(ParseResult.Usage.class);
    String message = ((ParseResult.Usage) result).message();
    assertThat(message).isNotBlank().hasSizeLessThanOrEqualTo(ParseResult.Usage.MAX_LENGTH);
    return message;
  }
}
