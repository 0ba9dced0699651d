package dev.trellis.core.buddy;

import dev.trellis.core.directory.PersonId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one pairing round needs: the cohort's group size (2 to 4), its members, the earlier rounds,
 * the no-repeat window (people grouped within the last {@code noRepeatWindow} rounds are not
 * grouped again while any other option exists) and the seed that makes the round reproducible. This
 * round's number is the latest past round's plus one.
 */
public record PairingRound(
    int groupSize,
    List<BuddyCandidate> candidates,
    List<PastRound> history,
    int noRepeatWindow,
    long seed) {

  public static final int DEFAULT_GROUP_SIZE = 2;
  public static final int MAX_GROUP_SIZE = 4;
  public static final int DEFAULT_NO_REPEAT_WINDOW = 6;
  public static final int MAX_NO_REPEAT_WINDOW = 100;

  public PairingRound {
    if (groupSize < 2 || groupSize > MAX_GROUP_SIZE) {
      throw new IllegalArgumentException(
          "A cohort's group size is 2 to " + MAX_GROUP_SIZE + ", not " + groupSize);
    }
    if (noRepeatWindow < 0 || noRepeatWindow > MAX_NO_REPEAT_WINDOW) {
      throw new IllegalArgumentException(
          "The no-repeat window is 0 to "
              + MAX_NO_REPEAT_WINDOW
              + " rounds, not "
              + noRepeatWindow);
    }
    candidates = List.copyOf(candidates);
    history = List.copyOf(history);
    Set<PersonId> seen = new HashSet<>();
    for (BuddyCandidate c : candidates) {
      if (!seen.add(c.personId())) {
        throw new IllegalArgumentException("A cohort lists " + c.personId() + " twice");
      }
    }
    Set<Integer> numbers = new HashSet<>();
    for (PastRound r : history) {
      if (!numbers.add(r.number())) {
        throw new IllegalArgumentException("The history has round " + r.number() + " twice");
      }
    }
  }

  /** Pairs (the default size) with the default no-repeat window of 6 rounds. */
  public static PairingRound of(
      List<BuddyCandidate> candidates, List<PastRound> history, long seed) {
    return new PairingRound(
        DEFAULT_GROUP_SIZE, candidates, history, DEFAULT_NO_REPEAT_WINDOW, seed);
  }

  /** The number this round gets: one after the latest past round. */
  public int number() {
    return history.stream().mapToInt(PastRound::number).max().orElse(0) + 1;
  }
}
