package dev.trellis.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.message.Platform;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a person types, the grammar answers with a command or a short usage line. */
class RobustnessPropertiesTest {

  private static final List<String> VOCABULARY =
      List.of(
          "trellis",
          "/trellis",
          "buddy",
          "feedback",
          "help",
          "?",
          "history",
          "settings",
          "pause",
          "resume",
          "1on1",
          "1:1",
          "add",
          "list",
          "goal",
          "goals",
          "my-data",
          "delete-my-data",
          "forget-me",
          "join",
          "leave",
          "propose",
          "accept",
          "done",
          "skip",
          "status",
          "ask",
          "about",
          "--direction",
          "—direction",
          "--direction=",
          "--due",
          "lateral",
          "weekly",
          "biweekly",
          "monthly",
          "thu",
          "monday",
          "14:00",
          "25:00",
          "9:3",
          "30m",
          "1h30m",
          "0w",
          "53w",
          "2w",
          "365d",
          "99999999999999999999",
          "@alice",
          "@",
          "<@U012AB3CD|alice>",
          "<@U0",
          "<!channel>",
          "bob@example.com",
          "<mailto:bob@example.com|bob>",
          "\"",
          "'",
          "“",
          "”",
          "«",
          "",
          "\u0000",
          "\u200B",
          "é",
          "😀",
          "\uD800",
          "ǅ",
          "İ",
          "ß");

  @Property
  void anyTextGivesACommandOrAShortUsage(
      @ForAll("roots") String root,
      @ForAll("platforms") Platform platform,
      @ForAll("anyText") String text) {
    assertWellFormed(CommandGrammar.parse(platform, root, text));
  }

  @Property(tries = 40)
  void veryLongTextGivesACommandOrAShortUsage(
      @ForAll("roots") String root, @ForAll("longText") String text) {
    assertWellFormed(CommandGrammar.parse(root, text));
  }

  @Property(tries = 3000)
  void wordsOfTheGrammarInAnyOrderGiveACommandOrAShortUsage(
      @ForAll("roots") String root,
      @ForAll("platforms") Platform platform,
      @ForAll("wordSoup") String text) {
    assertWellFormed(CommandGrammar.parse(platform, root, text));
  }

  @Property
  void usageTypedToTheBotOnTeamsNeverShowsASlashCommand(@ForAll("wordSoup") String text) {
    ParseResult result = CommandGrammar.parse(Platform.TEAMS, "", text);

    if (result instanceof ParseResult.Usage usage) {
      assertThat(usage.message()).doesNotContain("/trellis", "/buddy", "/feedback");
    }
  }

  @Provide
  Arbitrary<String> roots() {
    return Arbitraries.of(
            "", " ", "trellis", "/TRELLIS", "buddy", "/buddy", "feedback", "standup", "/")
        .injectNull(0.05);
  }

  @Provide
  Arbitrary<Platform> platforms() {
    return Arbitraries.of(Platform.class);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(300),
            Arbitraries.strings().ascii().ofMaxLength(120),
            Arbitraries.strings().withChars(" \t\n\u00A0\"'<>@|:-—").ofMaxLength(60))
        .injectNull(0.02);
  }

  @Provide
  Arbitrary<String> longText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(50_000),
        wordSoup().map(words -> words.repeat(2_000)),
        Arbitraries.strings().withChars("a1@ ").ofMinLength(40_000).ofMaxLength(50_000));
  }

  @Provide
  Arbitrary<String> wordSoup() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(VOCABULARY),
            Arbitraries.of(VOCABULARY),
            Arbitraries.strings().all().ofMaxLength(8));
    Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\t", "\n", "\u00A0", "");
    return Combinators.combine(word, separator)
        .as((w, s) -> w + s)
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join(" ", parts));
  }

  private static void assertWellFormed(ParseResult result) {
    assertThat(result).isNotNull();
    if (result instanceof ParseResult.Usage usage) {
      assertThat(usage.message())
          .isNotBlank()
          .hasSizeLessThanOrEqualTo(ParseResult.Usage.MAX_LENGTH);
    } else {
      assertThat(result).isInstanceOf(ParseResult.Parsed.class);
      assertThat(((ParseResult.Parsed) result).command()).isNotNull();
    }
  }
}
