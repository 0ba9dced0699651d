package dev.trellis.core.command;

import static dev.trellis.core.command.Grammar.parsed;
import static dev.trellis.core.command.Grammar.usage;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuddyCommandsTest {

  private static final String PROPOSE_USAGE =
      "Usage: /buddy propose <when>  — for example /buddy propose tomorrow 15:00";

  @Test
  void shouldParseTheCommandsThatTakeNothing() {
    assertThat(parsed("buddy", "join")).isEqualTo(new BuddyCommand.Join());
    assertThat(parsed("buddy", "LEAVE")).isEqualTo(new BuddyCommand.Leave());
    assertThat(parsed("buddy", "accept")).isEqualTo(new BuddyCommand.Accept());
    assertThat(parsed("buddy", "skip")).isEqualTo(new BuddyCommand.Skip());
    assertThat(parsed("buddy", "status")).isEqualTo(new BuddyCommand.Status());
    assertThat(parsed("buddy", "help")).isEqualTo(new BuddyCommand.Help());
  }

  @Test
  void shouldTakeACohortNameAfterJoinAndLeave() {
    assertThat(parsed("buddy", "join Career lab"))
        .isEqualTo(new BuddyCommand.Join(java.util.Optional.of("Career lab")));
    assertThat(parsed("buddy", "leave  \"Career lab\""))
        .isEqualTo(new BuddyCommand.Leave(java.util.Optional.of("Career lab")));
    assertThat(usage("buddy", "join " + "x".repeat(101)))
        .isEqualTo(
            "That is longer than any cohort name.\nUsage: /buddy join [cohort]  — for example"
                + " /buddy join Career lab");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "?"})
  void givenNoText_thenItIsBuddyHelp(String text) {
    assertThat(parsed("buddy", text)).isEqualTo(new BuddyCommand.Help());
  }

  @Test
  void shouldKeepTheProposedTimeAsTyped() {
    assertThat(parsed("buddy", "propose tomorrow 15:00"))
        .isEqualTo(new BuddyCommand.Propose("tomorrow 15:00"));
    assertThat(parsed("buddy", "Propose  Next Tuesday\tafter lunch "))
        .isEqualTo(new BuddyCommand.Propose("Next Tuesday after lunch"));
  }

  @Test
  void givenProposeWithoutATime_thenItAsksWhen() {
    assertThat(usage("buddy", "propose"))
        .isEqualTo("Say when you would like to meet.\n" + PROPOSE_USAGE);
  }

  @Test
  void givenAVeryLongProposal_thenItAsksForAShortTime() {
    assertThat(usage("buddy", "propose " + "soon ".repeat(30)))
        .isEqualTo("Keep the time short, like tomorrow 15:00.\n" + PROPOSE_USAGE);
  }

  @Test
  void shouldMarkAMeetupDoneWithOrWithoutANote() {
    assertThat(parsed("buddy", "done")).isEqualTo(new BuddyCommand.Done(Optional.empty()));
    assertThat(parsed("buddy", "done We compared  career maps"))
        .isEqualTo(new BuddyCommand.Done(Optional.of("We compared career maps")));
  }

  @Test
  void givenATooLongNote_thenItAsksForAShorterOne() {
    assertThat(usage("buddy", "done " + "x".repeat(1001)))
        .isEqualTo(
            "Keep the note under 1000 characters.\n"
                + "Usage: /buddy done [note]  — for example /buddy done We compared career maps");
  }

  @ParameterizedTest
  @CsvSource({"pause 4w, 28", "pause 3d, 3", "pause 52 weeks, 364"})
  void shouldPauseBuddyRounds(String text, int days) {
    assertThat(parsed("buddy", text)).isEqualTo(new BuddyCommand.Pause(Period.ofDays(days)));
  }

  @Test
  void givenABadPause_thenItAnswersWithTheBuddyPauseUsage() {
    String pauseUsage = "Usage: /buddy pause <n>w|<n>d  — for example /buddy pause 4w";

    assertThat(usage("buddy", "pause")).isEqualTo(pauseUsage);
    assertThat(usage("buddy", "pause 53w"))
        .isEqualTo("You can pause for 1 to 52 weeks, or 1 to 365 days.\n" + pauseUsage);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "accept it | Usage: /buddy accept",
        "skip round | Usage: /buddy skip",
        "status please | Usage: /buddy status",
        "help me | Usage: /buddy help"
      })
  void givenWordsAfterACommandThatTakesNone_thenItAnswersWithItsUsage(
      String text, String expected) {
    assertThat(usage("buddy", text)).isEqualTo(expected);
  }

  @Test
  void givenAnUnknownSubCommand_thenItListsTheBuddyCommands() {
    assertThat(usage("buddy", "meet tomorrow"))
        .isEqualTo(
            "'meet' is not a /buddy command. Try /buddy with: join, leave, pause <n>w|<n>d,"
                + " propose <when>, accept, done [note], skip, status, help");
  }
}
