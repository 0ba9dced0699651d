package dev.trellis.core.command;

import java.time.Period;
import java.util.Optional;

/** The words behind {@code /buddy}. */
public sealed interface BuddyCommand extends Command {

  /** {@code join [cohort]}: take part in the next buddy rounds (of the cohort named). */
  record Join(Optional<String> cohort) implements BuddyCommand {
    public static final int MAX_COHORT = 100;

    public Join {
      Limits.optionalText(cohort, MAX_COHORT, "cohort name");
    }

    public Join() {
      this(Optional.empty());
    }
  }

  /** {@code leave [cohort]}: stop taking part (in the cohort named, else in every cohort). */
  record Leave(Optional<String> cohort) implements BuddyCommand {
    public Leave {
      Limits.optionalText(cohort, Join.MAX_COHORT, "cohort name");
    }

    public Leave() {
      this(Optional.empty());
    }
  }

  /** {@code pause <n>w|<n>d}: skip rounds for this long. */
  record Pause(Period period) implements BuddyCommand {
    public Pause {
      Limits.pause(period);
    }
  }

  /**
   * {@code propose <when>}: a meetup time, kept as typed ({@code tomorrow 15:00}); reading it is
   * the engine's job.
   */
  record Propose(String when) implements BuddyCommand {
    public static final int MAX_WHEN = 100;

    public Propose {
      Limits.text(when, MAX_WHEN, "A proposed time");
    }
  }

  /** {@code accept}: accept the buddy's proposal. */
  record Accept() implements BuddyCommand {}

  /** {@code done [note]}: the meetup happened; the note is private to the person. */
  record Done(Optional<String> note) implements BuddyCommand {
    public static final int MAX_NOTE = 1000;

    public Done {
      Limits.optionalText(note, MAX_NOTE, "note");
    }
  }

  /** {@code skip}: skip this round's meetup. */
  record Skip() implements BuddyCommand {}

  /** {@code status}: the current pair and meetup. */
  record Status() implements BuddyCommand {}

  /** {@code help}. */
  record Help() implements BuddyCommand {}
}
