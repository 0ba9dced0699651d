package dev.trellis.core.buddy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a cohort member can be paired this round. Whoever builds the round decides it for the
 * round's day (a pause that ended before the round is {@link Available}); pairing only reads it.
 */
public sealed interface Availability {

  Availability AVAILABLE = new Available();

  default boolean canTakePart() {
    return false;
  }

  /** Why someone who cannot take part is left out, in words for them. */
  LeftOut.Reason reason();

  String why();

  /** Takes part this round. */
  record Available() implements Availability {
    @Override
    public boolean canTakePart() {
      return true;
    }

    @Override
    public LeftOut.Reason reason() {
      throw new IllegalStateException("An available member is not left out");
    }

    @Override
    public String why() {
      return "available";
    }
  }

  /** Paused with {@code /buddy pause}; back from the given day. */
  record PausedUntil(LocalDate until) implements Availability {
    public PausedUntil {
      Objects.requireNonNull(until, "until");
    }

    @Override
    public LeftOut.Reason reason() {
      return LeftOut.Reason.PAUSED;
    }

    @Override
    public String why() {
      return "paused until " + until;
    }
  }

  /** Left the cohort or opted out of buddies. */
  record OptedOut() implements Availability {
    @Override
    public LeftOut.Reason reason() {
      return LeftOut.Reason.OPTED_OUT;
    }

    @Override
    public String why() {
      return "opted out";
    }
  }

  /** A guest account of the workspace or tenant, never paired. */
  record Guest() implements Availability {
    @Override
    public LeftOut.Reason reason() {
      return LeftOut.Reason.GUEST;
    }

    @Override
    public String why() {
      return "guest accounts are not paired";
    }
  }

  /** The bot cannot message them (no identity, deactivated, blocked the app). */
  record Unreachable() implements Availability {
    @Override
    public LeftOut.Reason reason() {
      return LeftOut.Reason.UNREACHABLE;
    }

    @Override
    public String why() {
      return "unreachable: the bot cannot message them";
    }
  }
}
