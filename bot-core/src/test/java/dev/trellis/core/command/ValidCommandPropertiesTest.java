package dev.trellis.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.message.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;

class ValidCommandPropertiesTest {

  private static final List<String> SEPARATORS =
      List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", " \t ", "\u200B");

  @Property
  void aValidLineParsesToItsCommand(@ForAll("validLines") Line line) {
    assertThat(CommandGrammar.parse(line.root(), line.text()))
        .isEqualTo(new ParseResult.Parsed(line.expected()));
  }

  @Property
  void caseAndWhitespaceDoNotChangeTheCommand(
      @ForAll("typedDifferently") Tuple3<Line, List<Long>, List<String>> typed) {
    Line line = typed.get1();
    String text = line.text(typed.get2(), typed.get3());

    assertThat(CommandGrammar.parse("/" + line.root().toUpperCase(Locale.ROOT), text))
        .isEqualTo(new ParseResult.Parsed(line.expected()));
  }

  @Property
  void wordsTypedToTheBotParseLikeTheSlashCommand(@ForAll("validLines") Line line) {
    ParseResult teams = CommandGrammar.parse(Platform.TEAMS, "", line.root() + " " + line.text());

    assertThat(teams).isEqualTo(CommandGrammar.parse(Platform.SLACK, line.root(), line.text()));
    if (line.root().equals("trellis")) {
      assertThat(CommandGrammar.parse(Platform.TEAMS, "", line.text())).isEqualTo(teams);
    }
  }

  @Property
  void aPauseOutOfRangeNamesTheLimitsAndThePauseSyntax(
      @ForAll @IntRange(min = 53, max = 999_999) int amount,
      @ForAll("pauseUnits") String unit,
      @ForAll("pauseRoots") String root) {
    int tooMany = unit.startsWith("d") ? Math.max(amount, 366) : amount;

    ParseResult result = CommandGrammar.parse(root, "pause " + tooMany + unit);

    assertThat(usageOf(result))
        .contains("1 to 52 weeks, or 1 to 365 days")
        .contains("/" + root + " pause <n>w|<n>d");
  }

  @Property
  void aClockTimeOutOfRangeNamesTheTimeSyntax(
      @ForAll @IntRange(min = 0, max = 99) int hour,
      @ForAll @IntRange(min = 0, max = 99) int minute) {
    String time = String.format("%02d:%02d", hour, minute);
    ParseResult result =
        CommandGrammar.parse("trellis", "1on1 add @alice weekly thu " + time + " 30m");

    if (hour < 24 && minute < 60) {
      assertThat(result).isInstanceOf(ParseResult.Parsed.class);
    } else {
      assertThat(usageOf(result)).startsWith("'" + time + "' is not a time").contains("<HH:mm>");
    }
  }

  @Property
  void aOneOnOneLengthOutOfRangeNamesTheDurationSyntax(
      @ForAll @IntRange(min = 0, max = 999) int minutes) {
    ParseResult result =
        CommandGrammar.parse("trellis", "1on1 add @alice weekly thu 14:00 " + minutes + "m");

    if (minutes >= 15 && minutes <= 480) {
      assertThat(result).isInstanceOf(ParseResult.Parsed.class);
    } else {
      assertThat(usageOf(result)).contains("is not a length from 15m to 8h").contains("<duration>");
    }
  }

  @Property
  void aHistoryCountOutOfRangeNamesTheHistorySyntax(
      @ForAll @IntRange(min = 51, max = Integer.MAX_VALUE) int count) {
    assertThat(usageOf(CommandGrammar.parse("trellis", "history " + count)))
        .startsWith("Usage: /trellis history [n]");
  }

  @Provide
  Arbitrary<Line> validLines() {
    return CommandLines.valid();
  }

  @Provide
  Arbitrary<Tuple3<Line, List<Long>, List<String>>> typedDifferently() {
    return CommandLines.valid()
        .flatMap(
            line -> {
              int n = line.words().size();
              Arbitrary<List<Long>> masks = Arbitraries.longs().list().ofSize(n);
              Arbitrary<String> between = Arbitraries.of(SEPARATORS);
              Arbitrary<String> around = Arbitraries.oneOf(Arbitraries.just(""), between);
              Arbitrary<List<String>> separators =
                  Combinators.combine(around, between.list().ofSize(n - 1), around)
                      .as(
                          (first, middle, last) -> {
                            List<String> all = new ArrayList<>();
                            all.add(first);
                            all.addAll(middle);
                            all.add(last);
                            return all;
                          });
              return Combinators.combine(masks, separators).as((m, s) -> Tuple.of(line, m, s));
            });
  }

  @Provide
  Arbitrary<String> pauseUnits() {
    return Arbitraries.of("w", "W", "weeks", "d", "days");
  }

  @Provide
  Arbitrary<String> pauseRoots() {
    return Arbitraries.of("trellis", "buddy");
  }

  private static String usageOf(ParseResult result) {
    assertThat(result).isInstanceOf(ParseResult.Usage.class);
    return ((ParseResult.Usage) result).message();
  }
}
