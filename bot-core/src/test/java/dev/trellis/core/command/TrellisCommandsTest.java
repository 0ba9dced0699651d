package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trellis.core.message.Platform;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrellisCommandsTest {

  private static final String PAUSE_USAGE =
      "Usage: /trellis pause <n>w|<n>d  — for example /trellis pause 2w";

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "help", "HELP", "?", " Help "})
  void givenNoTextOrHelp_thenItIsHelpWithoutTopic(String text) {
    assertThat(parsed("trellis", text)).isEqualTo(new TrellisCommand.Help(Optional.empty()));
  }

  @Test
  void givenHelpWithATopic_thenTheTopicIsKeptInLowerCase() {
    assertThat(parsed("trellis", "help  1on1   ADD"))
        .isEqualTo(new TrellisCommand.Help(Optional.of("1on1 add")));
  }

  @Test
  void givenAVeryLongHelpTopic_thenItAnswersWithTheHelpUsage() {
    assertThat(usage("trellis", "help " + "why ".repeat(20)))
        .isEqualTo("Usage: /trellis help [topic]  — for example /trellis help pause");
  }

  @Test
  void givenHistoryWithoutCount_thenItShowsTheLastTen() {
    assertThat(parsed("trellis", "history")).isEqualTo(new TrellisCommand.History(10));
  }

  @ParameterizedTest
  @CsvSource({"history 1, 1", "history 20, 20", "HISTORY 50, 50", "history 007, 7"})
  void givenHistoryWithACount_thenItShowsThatMany(String text, int count) {
    assertThat(parsed("trellis", text)).isEqualTo(new TrellisCommand.History(count));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "history 0",
        "history 51",
        "history -3",
        "history ten",
        "history 5 6",
        "history 99999999999999"
      })
  void givenABadHistoryCount_thenItAnswersWithTheHistoryUsage(String text) {
    assertThat(usage("trellis", text))
        .isEqualTo(
            "Usage: /trellis history [n]  (n from 1 to 50, 10 if left out)"
                + "  — for example /trellis history 20");
  }

  @ParameterizedTest
  @CsvSource({
    "pause 2w, 14",
    "pause 1w, 7",
    "pause 52w, 364",
    "pause 1d, 1",
    "pause 365d, 365",
    "PAUSE 3W, 21",
    "pause 2 weeks, 14",
    "pause 1 week, 7",
    "pause 10 days, 10",
    "pause 4wk, 28"
  })
  void givenAPauseAmount_thenItPausesForThatPeriod(String text, int days) {
    TrellisCommand command = (TrellisCommand) parsed("trellis", text);

    assertThat(command).isEqualTo(new TrellisCommand.Pause(Period.ofDays(days)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pause 0w", "pause 53w", "pause 0d", "pause 366d", "pause 999999w"})
  void givenAPauseOutOfRange_thenItSaysTheLimitsAndTheUsage(String text) {
    assertThat(usage("trellis", text))
        .isEqualTo("You can pause for 1 to 52 weeks, or 1 to 365 days.\n" + PAUSE_USAGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pause",
        "pause 2",
        "pause w",
        "pause 2m",
        "pause two weeks",
        "pause 2w 3d",
        "pause -2w",
        "pause 1.5w",
        "pause 10000000000000000000w"
      })
  void givenAMalformedPause_thenItAnswersWithThePauseUsage(String text) {
    assertThat(usage("trellis", text)).isEqualTo(PAUSE_USAGE);
  }

  @Test
  void shouldParseTheCommandsThatTakeNothing() {
    assertThat(parsed("trellis", "settings")).isEqualTo(new TrellisCommand.Settings());
    assertThat(parsed("trellis", "Resume")).isEqualTo(new TrellisCommand.Resume());
    assertThat(parsed("trellis", "my-data")).isEqualTo(new TrellisCommand.ExportMyData());
    assertThat(parsed("trellis", "mydata")).isEqualTo(new TrellisCommand.ExportMyData());
    assertThat(parsed("trellis", "DELETE-MY-DATA")).isEqualTo(new TrellisCommand.ForgetMe());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "resume please | Usage: /trellis resume",
        "my-data all | Usage: /trellis my-data",
        "delete-my-data now | Usage: /trellis forget-me"
      })
  void givenWordsAfterACommandThatTakesNone_thenItAnswersWithItsUsage(
      String text, String expected) {
    assertThat(usage("trellis", text)).isEqualTo(expected);
  }

  @Test
  void shouldParseThePlatformChoiceOfSettings() {
    assertThat(parsed("trellis", "settings platform teams"))
        .isEqualTo(new TrellisCommand.ChoosePlatform(Optional.of(Platform.TEAMS)));
    assertThat(parsed("trellis", "Settings Platform SLACK"))
        .isEqualTo(new TrellisCommand.ChoosePlatform(Optional.of(Platform.SLACK)));
    assertThat(parsed("trellis", "settings platform auto"))
        .isEqualTo(new TrellisCommand.ChoosePlatform(Optional.empty()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "settings now",
        "settings platform",
        "settings platform teams now",
        "settings x y"
      })
  void givenOtherWordsAfterSettings_thenItAnswersWithBothSettingsUsages(String text) {
    assertThat(usage("trellis", text))
        .isEqualTo(
            "Usage: /trellis settings\nUsage: /trellis settings platform slack|teams|auto  — for"
                + " example /trellis settings platform teams");
  }

  @Test
  void givenAnUnknownPlatform_thenItAnswersWithThePlatformUsage() {
    assertThat(usage("trellis", "settings platform discord"))
        .isEqualTo(
            "Usage: /trellis settings platform slack|teams|auto  — for example /trellis settings"
                + " platform teams");
  }

  @Test
  void givenDeleteWithoutTheWholeWord_thenNothingIsDeleted() {
    assertThat(usage("trellis", "delete")).contains("is not a /trellis command");
    assertThat(usage("trellis", "delete my data")).contains("is not a /trellis command");
  }

  @Test
  void givenAnUnknownSubCommand_thenItListsTheTrellisCommands() {
    assertThat(usage("trellis", "snooze 2w"))
        .isEqualTo(
            "'snooze' is not a /trellis command. Try /trellis with: help [topic], history [n],"
                + " settings, pause <n>w|<n>d, resume, 1on1 add|list, goal add|list|next|done|drop|share|unshare, my-data,"
                + " forget-me");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!channel>",
        "<https://evil.example|click>",
        "*bold*",
        "aVeryLongWordThatGoesOnAndOn"
      })
  void givenAnUnknownWordWithMarkupOrLength_thenItIsNotEchoed(String word) {
    assertThat(usage("trellis", word))
        .startsWith("That is not a /trellis command.")
        .doesNotContain(word);
  }
}
