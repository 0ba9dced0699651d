package dev.trellis.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trellis.core.directory.Cadence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandRecordsTest {

  private static final PersonRef ALICE = new PersonRef.Handle("alice");

  @Test
  void aPauseLastsOneTo365Days() {
    assertThat(new TrellisCommand.Pause(Period.ofWeeks(52)).period()).isEqualTo(Period.ofDays(364));
    assertThat(new BuddyCommand.Pause(Period.ofDays(365)).period()).isEqualTo(Period.ofDays(365));
    assertThatThrownBy(() -> new TrellisCommand.Pause(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BuddyCommand.Pause(Period.ofDays(366)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrellisCommand.Pause(Period.ofMonths(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrellisCommand.Pause(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void historyShowsOneToFiftyItems() {
    assertThatThrownBy(() -> new TrellisCommand.History(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrellisCommand.History(51))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aOneOnOneLastsFifteenMinutesToEightHours() {
    assertThatThrownBy(() -> oneOnOne(Duration.ofMinutes(14)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> oneOnOne(Duration.ofMinutes(481)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(oneOnOne(Duration.ofHours(8)).duration()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void freeTextIsNotBlankAndBounded() {
    assertThatThrownBy(() -> new TrellisCommand.AddGoal(" ", GoalDirection.GROW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrellisCommand.AddGoal("x".repeat(501), GoalDirection.GROW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("501 characters")
        .hasMessageNotContaining("xxx");
    assertThatThrownBy(() -> new BuddyCommand.Propose(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BuddyCommand.Done(Optional.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeedbackCommand.Ask(ALICE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrellisCommand.Help(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aUsageMessageIsNotBlankAndShort() {
    assertThatThrownBy(() -> new ParseResult.Usage(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParseResult.Usage("x".repeat(301)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParseResult.Parsed(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aGoalDirectionIsReadInAnyCase() {
    assertThat(GoalDirection.parse("Lateral")).contains(GoalDirection.LATERAL);
    assertThat(GoalDirection.parse(null)).isEmpty();
    assertThat(GoalDirection.parse("upward")).isEmpty();
    assertThat(GoalDirection.MENTORING.word()).isEqualTo("mentoring");
  }

  private static TrellisCommand.AddOneOnOne oneOnOne(Duration duration) {
    return new TrellisCommand.AddOneOnOne(
        ALICE, Cadence.WEEKLY, DayOfWeek.MONDAY, LocalTime.NOON, duration);
  }
}
