package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.directory.PersonId;
import dev.trellis.core.interaction.CommandLine;
import dev.trellis.core.message.Platform;
import dev.trellis.core.org.OrgId;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandRootsTest {

  @ParameterizedTest
  @ValueSource(strings = {"trellis", "/trellis", " /Trellis ", "TRELLIS"})
  void shouldReadTheRootWithOrWithoutItsSlashInAnyCase(String root) {
    assertThat(parsed(root, "pause 2w")).isEqualTo(new TrellisCommand.Pause(Period.ofWeeks(2)));
  }

  @Test
  void givenNullRootAndText_thenItIsTrellisHelp() {
    assertThat(parsed(null, null)).isEqualTo(new TrellisCommand.Help(Optional.empty()));
    assertThat(parsed("trellis", null)).isEqualTo(new TrellisCommand.Help(Optional.empty()));
  }

  @Test
  void givenAnUnknownRoot_thenItNamesTheThreeCommands() {
    assertThat(usage("/standup", "pause 2w"))
        .isEqualTo("Trellis understands /trellis, /buddy and /feedback. Try /trellis help.");
  }

  @Test
  void givenWordsTypedToTheBot_thenTheFirstWordMayBeTheRoot() {
    assertThat(parsed(Platform.TEAMS, "", "trellis pause 2w"))
        .isEqualTo(new TrellisCommand.Pause(Period.ofWeeks(2)));
    assertThat(parsed(Platform.TEAMS, "", "Buddy propose tomorrow 15:00"))
        .isEqualTo(new BuddyCommand.Propose("tomorrow 15:00"));
    assertThat(parsed(Platform.TEAMS, "", "feedback ask @bob about my talk"))
        .isEqualTo(new FeedbackCommand.Ask(new PersonRef.Handle("bob"), "my talk"));
    assertThat(parsed(Platform.TEAMS, "", "/buddy join")).isEqualTo(new BuddyCommand.Join());
  }

  @Test
  void givenWordsTypedToTheBot_thenATrellisSubCommandNeedsNoRoot() {
    assertThat(parsed(Platform.TEAMS, "", "help"))
        .isEqualTo(new TrellisCommand.Help(Optional.empty()));
    assertThat(parsed(Platform.TEAMS, "", "/help"))
        .isEqualTo(new TrellisCommand.Help(Optional.empty()));
    assertThat(parsed(Platform.TEAMS, "", "pause 2w"))
        .isEqualTo(new TrellisCommand.Pause(Period.ofWeeks(2)));
    assertThat(parsed(Platform.TEAMS, "", " "))
        .isEqualTo(new TrellisCommand.Help(Optional.empty()));
  }

  @Test
  void givenTeams_thenUsageLinesNameTheWordsWithoutASlash() {
    assertThat(usage(Platform.TEAMS, "", "pause 0w"))
        .isEqualTo(
            "You can pause for 1 to 52 weeks, or 1 to 365 days.\n"
                + "Usage: trellis pause <n>w|<n>d  — for example trellis pause 2w");
    assertThat(usage(Platform.TEAMS, "", "hello there"))
        .startsWith("'hello' is not a trellis command. Try trellis with: help [topic]")
        .doesNotContain("/");
    assertThat(usage(Platform.TEAMS, "", "buddy dance")).doesNotContain("/buddy");
  }

  @Test
  void shouldParseACommandLineWithItsPlatformsUsageStyle() {
    CommandLine line =
        new CommandLine(
            new OrgId("acme"),
            new PersonId("p-1"),
            Platform.TEAMS,
            Instant.parse("2026-03-05T14:00:00Z"),
            "",
            "trellis history 0",
            "");

    ParseResult result = CommandGrammar.parse(line);

    assertThat(result).isInstanceOf(ParseResult.Usage.class);
    assertThat(((ParseResult.Usage) result).message()).startsWith("Usage: trellis history [n]");
  }

  @Test
  void givenTheRootTwice_thenTheSecondIsAnUnknownSubCommand() {
    assertThat(usage("trellis", "trellis help")).startsWith("'trellis' is not a /trellis command.");
  }

  @Test
  void shouldTreatControlAndZeroWidthCharactersAsSpaces() {
    assertThat(parsed("trellis", "\u200Bpause\u0000\u00A02w\uFEFF"))
        .isEqualTo(new TrellisCommand.Pause(Period.ofWeeks(2)));
  }

  @Test
  void everyUsageLineFitsInAUsageMessageWithRoomForAProblem() {
    for (Platform platform : Platform.values()) {
      Usages usages = new Usages(platform);
      for (Syntax syntax : Syntax.values()) {
        assertThat(usages.of(syntax).message()).hasSizeLessThan(ParseResult.Usage.MAX_LENGTH - 120);
      }
      for (Root root : Root.values()) {
        assertThat(usages.unknown(root, "x".repeat(24)).message())
            .hasSizeLessThanOrEqualTo(ParseResult.Usage.MAX_LENGTH);
      }
    }
  }
}
