package dev.trellis.core.command;

import dev.trellis.core.directory.Cadence;
import dev.trellis.core.directory.OneOnOne;
import dev.trellis.core.message.Platform;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/** The words behind {@code /trellis}. */
public sealed interface TrellisCommand extends Command {

  /** {@code help [topic]}; the topic in lower case, as typed. */
  record Help(Optional<String> topic) implements TrellisCommand {
    public static final int MAX_TOPIC = 40;

    public Help {
      Limits.optionalText(topic, MAX_TOPIC, "topic");
    }
  }

  /** {@code history [n]}: the person's last {@code count} items. */
  record History(int count) implements TrellisCommand {
    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 50;

    public History {
      if (count < 1 || count > MAX_COUNT) {
        throw new IllegalArgumentException("History shows 1 to 50 items, not " + count);
      }
    }
  }

  /** {@code settings}. */
  record Settings() implements TrellisCommand {}

  /**
   * {@code settings platform slack|teams|auto}: where the person's messages go first; empty is auto
   * (where they last used Trellis).
   */
  record ChoosePlatform(Optional<Platform> platform) implements TrellisCommand {
    public ChoosePlatform {
      Objects.requireNonNull(platform, "platform");
    }
  }

  /** {@code pause <n>w|<n>d}: no prompts for this long. */
  record Pause(Period period) implements TrellisCommand {
    public Pause {
      Limits.pause(period);
    }
  }

  /** {@code resume}: end a pause now. */
  record Resume() implements TrellisCommand {}

  /**
   * {@code 1on1 add <person> <cadence> <weekday> <HH:mm> <duration>}: a recurring 1:1 of the person
   * who typed it with {@code with}, starting at {@code start} in the typist's time zone.
   */
  record AddOneOnOne(
      PersonRef with, Cadence cadence, DayOfWeek weekday, LocalTime start, Duration duration)
      implements TrellisCommand {
    public AddOneOnOne {
      Objects.requireNonNull(with, "with");
      Objects.requireNonNull(cadence, "cadence");
      Objects.requireNonNull(weekday, "weekday");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(duration, "duration");
      if (duration.compareTo(OneOnOne.MIN_DURATION) < 0
          || duration.compareTo(OneOnOne.MAX_DURATION) > 0) {
        throw new IllegalArgumentException("A 1:1 lasts 15 minutes to 8 hours, not " + duration);
      }
    }
  }

  /** {@code 1on1 list}. */
  record ListOneOnOnes() implements TrellisCommand {}

  /** {@code goal add <text> [--direction d]}: a development goal on the person's career map. */
  record AddGoal(String text, GoalDirection direction) implements TrellisCommand {
    public static final int MAX_TEXT = 500;

    public AddGoal {
      Limits.text(text, MAX_TEXT, "A goal");
      Objects.requireNonNull(direction, "direction");
    }
  }

  /** {@code goal list}. */
  record ListGoals() implements TrellisCommand {}

  /** {@code goal next <n> <next step>}: the next step of the person's goal number {@code n}. */
  record SetGoalNextStep(int number, String nextStep) implements TrellisCommand {
    public static final int MAX_TEXT = 500;

    public SetGoalNextStep {
      Limits.goalNumber(number);
      Limits.text(nextStep, MAX_TEXT, "A next step");
    }
  }

  /** {@code goal done <n>}. */
  record FinishGoal(int number) implements TrellisCommand {
    public FinishGoal {
      Limits.goalNumber(number);
    }
  }

  /** {@code goal drop <n>}. */
  record DropGoal(int number) implements TrellisCommand {
    public DropGoal {
      Limits.goalNumber(number);
    }
  }

  /** {@code goal share <n>}: share it with the person's current manager. */
  record ShareGoal(int number) implements TrellisCommand {
    public ShareGoal {
      Limits.goalNumber(number);
    }
  }

  /** {@code goal unshare <n>}: share it with nobody again. */
  record UnshareGoal(int number) implements TrellisCommand {
    public UnshareGoal {
      Limits.goalNumber(number);
    }
  }

  /** {@code my-data}: export everything of the person's own. */
  record ExportMyData() implements TrellisCommand {}

  /**
   * {@code forget-me} (or {@code delete-my-data}): the person asks for all their data to be erased.
   * The engine confirms before it erases anything.
   */
  record ForgetMe() implements TrellisCommand {}
}
